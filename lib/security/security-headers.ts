/**
 * The headers every response carries. Pages are prerendered once and served to everyone, so
 * the policy cannot use per-request nonces (they would force every page to render per request).
 */
export type SecurityHeader = { key: string; value: string };

export function contentSecurityPolicy({ development }: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // 'unsafe-inline': the App Router writes a page's React payload in inline
    // <script>self.__next_f.push(…)</script> tags (pages rendered per request keep them; the
    // framework-on-demand step takes them out of prerendered ones), different on every page and
    // build, so neither a nonce nor a fixed hash can allow them. Markdown and front matter are
    // sanitised before they reach the HTML (see the XSS corpus tests), which is what keeps
    // injected script out.
    // 'unsafe-eval' only in `next dev`: React uses eval there to rebuild server call stacks.
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    // 'unsafe-inline': next/image sizes images with style attributes, and React renders style
    // props (the banner's slide offset) as attributes that a CSP can only allow this way.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    // `next dev` reloads pages over a WebSocket on the same host.
    'connect-src': ["'self'", ...(development ? ['ws:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

export function securityHeaders({ development }: { development: boolean }): SecurityHeader[] {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ development }) },
    // Browsers ignore it over plain http, and on localhost it would pin every other local
    // project to https, so only production sends it.
    ...(development
      ? []
      : [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]),
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // The copy-link button needs the clipboard; nothing else is used. (web-share is left out:
    // Chromium reports it as an unknown feature in the console.)
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), clipboard-write=(self)',
    },
    // For browsers that predate frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

/**
 * Where the pages show a reader's or an editor's own data: the dashboard, the newsletter's
 * token pages and draft previews. There, Cross-Origin-Opener-Policy keeps a page another site
 * opened from reaching into them through `window.opener`, and them from reaching it. The
 * public pages go without: they hold nothing about the reader, and the header makes a first
 * visit from a fresh tab switch renderer process, which Lighthouse's mobile run counts as
 * 200–500 ms of blocking time on an article (docs/performance.md, "The framework on demand").
 */
export const OPENER_ISOLATED_PATHS = ['/admin/:path*', '/newsletter/:path*', '/preview/:path*'];

export const OPENER_ISOLATION: SecurityHeader = {
  key: 'Cross-Origin-Opener-Policy',
  value: 'same-origin',
};
