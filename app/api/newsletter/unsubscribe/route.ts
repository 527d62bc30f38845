import { unsubscribeByToken } from '@/lib/newsletter/newsletter';
import { getNewsletter } from '@/lib/newsletter/runtime';

/**
 * RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` here. No
 * login, no redirect; doing it twice is harmless.
 */
export async function POST(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? undefined;
  const result = await unsubscribeByToken(await getNewsletter(), token);
  return new Response(result.message, {
    status: result.status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** A person who opens the header's link in a browser gets the page with the button. */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return Response.redirect(
    new URL(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, request.url),
    303,
  );
}
