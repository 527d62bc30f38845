import { notFound } from 'next/navigation';
import { getBlogListing, getTagIndex } from '@/lib/content/blog-listing';
import { getPublishedPosts } from '@/lib/content/posts';
import { postsWithTag } from '@/lib/content/tag-index';
import { tagParam } from '@/lib/content/tags';
import { buildFeed, feedResponse } from '@/lib/seo/feeds';
import { site } from '@/lib/site';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getTagIndex()).map((tag) => ({ tag: tag.slug }));
}

/** A feed per tag, for readers who follow only Skin Health, say. */
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const listing = await getBlogListing(tagParam((await params).tag), 1);
  if (!listing?.tag) notFound();
  const { tag } = listing;
  const feed = buildFeed(
    postsWithTag(await getPublishedPosts(), tag.slug),
    {
      title: `${site.name} Blog: ${tag.name}`,
      description: `GLOWPOP articles on ${tag.name}.`,
      pagePath: `/blog/tag/${tag.slug}`,
      feedPath: `/blog/tag/${tag.slug}/feed.xml`,
    },
    'xml',
  );
  return feedResponse(feed.rss2(), 'application/rss+xml');
}
