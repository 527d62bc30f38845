import { notFound } from 'next/navigation';
import { getBlogListing, getTagIndex } from '@/lib/content/blog-listing';
import { getPublishedPosts } from '@/lib/content/posts';
import { postsWithTag } from '@/lib/content/tag-index';
import { pagesOfRoute } from '@/lib/content/site-content';
import { tagParam } from '@/lib/content/tags';
import { feedResponse, tagFeedPath } from '@/lib/seo/feeds';
import { site } from '@/lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOfRoute(async () => (await getTagIndex()).map((tag) => ({ tag: tag.slug })));
}

/** A feed per tag, for readers who follow only Skin Health, say. */
export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const listing = await getBlogListing(tagParam((await params).tag), 1);
  if (!listing?.tag) notFound();
  const { tag } = listing;
  return feedResponse(
    postsWithTag(await getPublishedPosts(), tag.slug),
    {
      title: `${site.name} Blog: ${tag.name}`,
      description: `GLOWPOP articles on ${tag.name}.`,
      pagePath: `/blog/tag/${tag.slug}`,
      feedPath: tagFeedPath(tag.slug),
    },
    'rss',
  );
}
