import type { Metadata } from 'next';
import Link from 'next/link';
import { HeroBanner } from '@/components/hero/HeroBanner';
import { PostList } from '@/components/posts/PostList';
import { JsonLd } from '@/components/seo/JsonLd';
import { TagFilter } from '@/components/tags/TagFilter';
import { getTagIndex, getPublishedPosts, getHeroSlides, BLOG_PATH } from '@/lib/content';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  ...pageMetadata({
    title: `${site.name}: ${site.productLine}`,
    description: site.description,
    path: '/',
  }),
  // The home page is the brand itself: no " | GLOWPOP" suffix.
  title: { absolute: `${site.name} — ${site.productLine} blog` },
};

export default async function HomePage() {
  const [posts, slides, tags] = await Promise.all([
    getPublishedPosts(),
    getHeroSlides(),
    getTagIndex(),
  ]);
  const latest = posts.slice(0, site.homePostCount);
  return (
    <>
      <JsonLd data={[websiteJsonLd(), organizationJsonLd()]} />
      <h1 className="sr-only">
        {site.name}: {site.productLine}
      </h1>
      <HeroBanner slides={slides} />
      <section aria-labelledby="latest-posts" className="wrap pt-16">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="latest-posts" className="section-title sm:text-4xl">
            Latest from the blog
          </h2>
          <Link href={BLOG_PATH} className="more-link">
            All posts <span aria-hidden="true">→</span>
          </Link>
        </div>
        <div className="mt-8">
          <PostList posts={latest} headingLevel="h3" />
        </div>
        <div className="mt-12">
          <TagFilter tags={tags} total={posts.length} />
        </div>
      </section>
    </>
  );
}
