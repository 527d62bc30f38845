import { UTM_FIELDS } from './store';

/**
 * The client's address as our own proxy saw it: the last X-Forwarded-For entry. Entries
 * before it are whatever the client chose to send, so trusting the first would let anyone dodge
 * the per-IP signup limit with a made-up header. The nginx recipe replaces the header with the
 * peer's address; `next start` alone fills it in only when the client sent none.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || 'unknown';
}

/**
 * Where a form was sent from, for pages rendered before the visit (no query string known):
 * the Referer of a same-site post carries the page path and its utm_* parameters.
 */
export function sourceFromReferer(
  referer: string | null,
  siteOrigin: string,
): { path: string; utm: Record<string, string> } | undefined {
  if (!referer) return undefined;
  try {
    const url = new URL(referer);
    if (url.origin !== siteOrigin) return undefined;
    const utm: Record<string, string> = {};
    for (const field of UTM_FIELDS) {
      const value = url.searchParams.get(field);
      if (value) utm[field] = value;
    }
    return { path: url.pathname, utm };
  } catch {
    return undefined;
  }
}
