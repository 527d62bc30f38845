import { z } from 'zod';
import { answerSearch, countMissedSearch, parseSearchRequest } from '@/lib/search';
import { readRequestFields } from '@/lib/security/read-request-fields';
import { refusalResponse } from '@/lib/security/request-guards';

const missSchema = z.object({ q: z.string() });

/**
 * The search page reports a search that still found nothing once the reader stopped typing (every
 * keystroke on the way there is not a miss). The search is run again here, so only a query
 * that really finds nothing is counted. 204 either way: the reader's page waits for nothing.
 */
export async function POST(request: Request) {
  const fields = await readRequestFields(request);
  if (!fields.ok) return refusalResponse(fields.refusal);
  const parsed = missSchema.safeParse(fields.body);
  if (!parsed.success) {
    return Response.json(
      { ok: false, message: 'Send the search as `q`, a string.' },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    );
  }
  const searchRequest = parseSearchRequest({ q: parsed.data.q });
  if (searchRequest.kind === 'search') {
    const outcome = await answerSearch({ ...searchRequest, tag: undefined, page: 1 });
    if (outcome.kind === 'results' && outcome.answer.total === 0) {
      await countMissedSearch(searchRequest.query);
    }
  }
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
}
