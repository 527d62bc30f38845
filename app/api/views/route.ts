import { countPageView } from '@/lib/page-views/count-page-view';
import { MAX_BEACON_BYTES } from '@/lib/page-views/page-view-beacon';
import { readRequestFields } from '@/lib/security/read-request-fields';
import { refusalResponse } from '@/lib/security/request-guards';

const noStore = { 'cache-control': 'no-store' };

/**
 * Each page load's beacon (lib/page-views/visit-script.ts): 204 whether it was counted or
 * not (the reader's page waits for nothing); 400 naming a bad field, 403 from another site's
 * page, 413 over 2 kB, 429 over the rate limit.
 */
export async function POST(request: Request) {
  const fields = await readRequestFields(request, { maxBytes: MAX_BEACON_BYTES });
  if (!fields.ok) return refusalResponse(fields.refusal);
  const answer = await countPageView(fields.body, request.headers);
  if (answer.status === 204) return new Response(null, { status: 204, headers: noStore });
  return Response.json(
    { ok: false, message: answer.message },
    { status: answer.status, headers: noStore },
  );
}
