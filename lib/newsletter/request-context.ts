import { UTM_FIELDS } from './store';

/**
 * Who is asking, for the per-network signup limit: the X-Forwarded-For entry written by the
 * outermost of `trustedProxies` proxies (TRUST_PROXY), counted from the right; entries before
 * it are whatever the client chose to send. With no trusted proxy there is no way to know:
 * `next start` keeps a client's own X-Forwarded-For and hides the socket's address, so a new
 * made-up header per request would be a new "client" each time. Then this is undefined and the
 * per-network limit is not applied; the per-mailbox and site-wide limits still are.
 * IPv6 addresses are grouped by /64, the block one subscriber line usually gets.
 */
export function clientNetwork(headers: Headers, trustedProxies: number): string | undefined {
  if (trustedProxies < 1) return undefined;
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = entries.at(-trustedProxies);
  return address ? networkOf(address) : undefined;
}

/** An IPv4 address as it is; an IPv6 address as its /64 (IPv4-mapped ones as IPv4). */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

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
