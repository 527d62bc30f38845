import type { Metadata } from 'next';
import Link from 'next/link';
import { HeroBanner } from '@/components/hero/HeroBanner';
import { PostList } from '@/components/posts/PostList';
import { JsonLd } from '@/components/seo/JsonLd';
import { TagFilter } from '@/components/tags/TagFilter';
import { getTagIndex } from '@/lib/content/blog-listing';
import { getPublishedPosts } from '@/lib/content/posts';
import { getHeroSlides } from '@/lib/content/site-content';
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
      <section aria-labelledby="latest-posts" className="mx-auto max-w-6xl px-4 pt-16 sm:px-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="latest-posts" className="font-display text-3xl font-bold text-ink sm:text-4xl">
            Latest from the blog
          </h2>
          <Link
            href="/blog"
            className="font-semibold text-pop-700 underline-offset-4 hover:underline"
          >
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
