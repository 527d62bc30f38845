import { unsubscribeByToken } from '@/lib/newsletter/newsletter';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { foreignOriginRefusal, readLimitedText } from '@/lib/security/request-guards';
import { unsubscribePagePath } from '@/lib/newsletter/paths';

function plainText(message: string, status: number): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * RFC 8058 one-click unsubscribe: mail providers POST `List-Unsubscribe=One-Click` here, with
 * the token in the URL. No login, no redirect; doing it twice is harmless.
 */
export async function POST(request: Request) {
  const refusal = foreignOriginRefusal(request.headers);
  if (refusal) return plainText(refusal.message, refusal.status);
  // The body says nothing we need, but it is still read within the limit, never unbounded.
  const body = await readLimitedText(request);
  if (!body.ok) return plainText(body.refusal.message, body.refusal.status);
  const token = new URL(request.url).searchParams.get('token') ?? undefined;
  const result = await withNewsletter((deps) => unsubscribeByToken(deps, token));
  return plainText(result.message, result.status);
}

/**
 * A person who opens the header's link in a browser gets the page with the button. The
 * Location is relative: built from the request, it named the address the server listens on
 * (http://localhost:3000), not the one the reader used.
 */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return new Response(null, { status: 303, headers: { location: unsubscribePagePath(token) } });
}
