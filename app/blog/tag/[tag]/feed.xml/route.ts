import { notFound } from 'next/navigation';
import {
  getBlogListing,
  getTagIndex,
  getPublishedPosts,
  postsWithTag,
  pagesOfRoute,
  tagParam,
  tagFeedPath,
  tagPath,
} from '@/lib/content';
import { feedResponse } from '@/lib/seo/feeds';
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
      pagePath: tagPath(tag.slug),
      feedPath: tagFeedPath(tag.slug),
    },
    'rss',
  );
}
