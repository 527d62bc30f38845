import { isDevelopment } from '@/lib/config';
import { parseSearchRequest, searchView } from '@/lib/search';

/**
 * The search page's live results, as JSON: the same answer as the /search page for the same
 * address. Results change only with the content, so a production answer may be cached briefly.
 */
export async function GET(request: Request) {
  const view = await searchView(parseSearchRequest(new URL(request.url).searchParams));
  return Response.json(view, {
    headers: {
      'cache-control': isDevelopment() ? 'no-store' : 'public, max-age=60',
      'x-robots-tag': 'noindex',
    },
  });
}
