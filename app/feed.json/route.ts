import { getPublishedPosts } from '@/lib/content';
import { blogFeedOptions, feedResponse } from '@/lib/seo/feeds';

export const dynamic = 'force-static';

export async function GET() {
  return feedResponse(await getPublishedPosts(), blogFeedOptions, 'json');
}
