import { TagFilter } from '@/components/tags/TagFilter';
import { JsonLd } from '@/components/seo/JsonLd';
import { type BlogListing, BLOG_PATH } from '@/lib/content';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { Pagination } from './Pagination';
import { PostList } from './PostList';

/** /blog, a tag's page, and their later pages: heading, the tag filter, the posts, pagination. */
export function BlogListingView({ listing }: { listing: BlogListing }) {
  const { tag } = listing;
  const crumbs = [
    { name: 'Home', path: '/' },
    { name: 'Blog', path: BLOG_PATH },
    ...(tag ? [{ name: tag.name, path: listing.basePath }] : []),
  ];
  return (
    <div className="wrap pt-12 sm:pt-16">
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      {tag ? (
        <>
          <h1 className="page-title">{tag.name}</h1>
          <p className="lede mt-4">
            {tag.count} {tag.count === 1 ? 'article' : 'articles'} on {tag.name}, newest first.
          </p>
        </>
      ) : (
        <>
          <h1 className="page-title">The GLOWPOP Blog</h1>
          <p className="lede mt-4">
            Prebiotics, the gut-skin axis and everyday rituals for glowing from the inside out.
          </p>
        </>
      )}
      <div className="mt-8">
        <TagFilter tags={listing.tags} total={listing.blogTotal} current={tag?.slug ?? null} />
      </div>
      <div className="mt-10">
        <PostList posts={listing.posts} />
      </div>
      <Pagination basePath={listing.basePath} page={listing.page} pageCount={listing.pageCount} />
    </div>
  );
}
