import { UTM_FIELDS } from './store';

/**
 * Another site's host, lowercased; '' for none, for our own pages (`ownHosts`, host[:port]) and
 * for anything not a web URL.
 */
export function referrerHost(referrer: string, ownHosts: readonly (string | null)[]): string {
  try {
    const url = new URL(referrer);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    return ownHosts.includes(url.host) ? '' : url.hostname.toLowerCase();
  } catch {
    return '';
  }
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
