import { UTM_FIELDS } from './store';

/** The client's address as the first proxy saw it; loopback when there is no proxy header. */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
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
