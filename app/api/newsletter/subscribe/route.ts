import { submitSignup } from '@/lib/newsletter/submit-signup';
import { readRequestFields } from '@/lib/security/read-request-fields';
import { refusalResponse } from '@/lib/security/request-guards';

/**
 * The same signup as the form's server action, for direct POSTs (JSON or form-encoded), with
 * honest HTTP statuses: 200 for the neutral success, 400 for bad fields, 403 from another
 * site, 413 over 16 kB, 415 for a body that is neither, 429 when limited, 503 while the
 * database is down or read-only.
 */
export async function POST(request: Request) {
  const fields = await readRequestFields(request);
  if (!fields.ok) return refusalResponse(fields.refusal);
  const result = await submitSignup(fields.body, request.headers, { via: 'api' });
  return Response.json(
    { ok: result.ok, message: result.message },
    { status: result.status, headers: { 'cache-control': 'no-store' } },
  );
}
