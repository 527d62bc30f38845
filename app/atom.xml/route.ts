import { getPublishedPosts } from '@/lib/content/posts';
import { blogFeedOptions, buildFeed, feedResponse } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  const feed = buildFeed(await getPublishedPosts(), blogFeedOptions, 'xml');
  return feedResponse(feed.atom1(), 'application/atom+xml');
}
