import { signUp } from '@/lib/newsletter/newsletter';
import { clientIpFrom } from '@/lib/newsletter/request-context';
import { getNewsletter } from '@/lib/newsletter/runtime';

/**
 * The same signup as the form's server action, for direct POSTs (JSON or form-encoded), with
 * honest HTTP statuses: 200 for the neutral success, 400 for a bad address, 429 when limited,
 * 415 for a body that is neither.
 */
export async function POST(request: Request) {
  const type = request.headers.get('content-type') ?? '';
  let body: Record<string, unknown>;
  try {
    if (type.includes('application/json')) {
      const parsed: unknown = await request.json();
      body =
        typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? { ...parsed }
          : {};
    } else if (type.includes('form')) {
      const form = await request.formData();
      body = Object.fromEntries(
        [...form.keys()].map((key) => [
          key,
          form.getAll(key).length > 1 ? form.getAll(key) : form.get(key),
        ]),
      );
    } else {
      return Response.json({ ok: false, message: 'Send JSON or a form.' }, { status: 415 });
    }
  } catch {
    return Response.json(
      { ok: false, message: 'The request body could not be read.' },
      { status: 400 },
    );
  }
  const utm = typeof body.utm === 'object' && body.utm !== null ? { ...body.utm } : body;
  const result = await signUp(await getNewsletter(), {
    email: body.email,
    website: body.website ?? '',
    sourcePath: body.source_path,
    utm,
    form: 'api',
    clientIp: clientIpFrom(request.headers),
  });
  return Response.json({ ok: result.ok, message: result.message }, { status: result.status });
}
