/**
 * Every URL of the newsletter's pages and endpoints, built here only: the confirmation email's
 * links, the actions' redirects and the one-click endpoint's redirect all use them.
 */
const withToken = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

/** The page with the button that confirms (a POST, so mail scanners confirm nothing). */
export const confirmPagePath = (token: string) => withToken('/newsletter/confirm', token);

/** The page with the button that unsubscribes. */
export const unsubscribePagePath = (token: string) => withToken('/newsletter/unsubscribe', token);

/** RFC 8058 one-click unsubscribe: mail clients POST here. */
export const oneClickUnsubscribePath = (token: string) =>
  withToken('/api/newsletter/unsubscribe', token);

/** Where a confirm or unsubscribe button leads, showing how it went. */
export const resultPath = (action: 'confirmed' | 'unsubscribed', status: number) =>
  `/newsletter/${action}?result=${status}`;

/** Pages that exist only for a reader holding a link: kept out of search engines. */
export const NEWSLETTER_PATH_PREFIXES = ['/newsletter/', '/api/'] as const;
