import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { settingsOrExit } from './lib/config';
import { MAX_REQUEST_BYTES } from './lib/security/request-limits';
import { PREVIEW_PATH_PREFIX } from './lib/preview/preview-token';
import {
  OPENER_ISOLATED_PATHS,
  OPENER_ISOLATION,
  securityHeaders,
} from './lib/security/security-headers';

// Every environment variable is checked here, as `next dev`, `build` and `start` begin: a bad
// value stops them with one line naming it, before anything is built or served.
const { NEXT_DIST_DIR, SOURCE_MAPS } = settingsOrExit();

const nextConfig = (phase: string): NextConfig => ({
  // A separate build folder lets tests build a broken content set without touching .next.
  distDir: NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // proxy.ts redirects `/blog/` to `/blog` itself, with the security headers Next's own
  // redirect left out.
  skipTrailingSlashRedirect: true,
  // Test and benchmark builds only: the maps let them tell our client code from the framework's
  // (bench/page-weight.ts); a production build publishes no source.
  productionBrowserSourceMaps: SOURCE_MAPS === '1',
  // Native and Node-only packages the server loads at run time rather than bundling.
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  // Beside each route Next lists the files it may read at run time, to copy into a deploy. The
  // content loader reads folders it is told at run time, so the lists took in all that lay
  // under them: the parse cache (1,236 files on a developer's machine), test fixtures and
  // results, benchmark output. Nothing there serves a page, and it made the size of a build
  // depend on what else the checkout held (9 of 125 KiB a post at 1,000 posts).
  outputFileTracingExcludes: {
    '*': [
      'node_modules/.cache/**',
      'tests/**',
      'test-results/**',
      'playwright-report/**',
      'bench/**',
      'docs/**',
    ],
  },
  // Types are checked by `npm run typecheck` (the start of `npm test`, and CI); checking them
  // again inside every build cost 5 to 15 s a build and told a publishing editor nothing.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The signup form posts a few short fields; Next's 1 MB default only invites abuse. The
    // same limit as the API routes (MAX_REQUEST_BYTES, lib/security/request-limits.ts).
    serverActions: { bodySizeLimit: '16kb' },
    // Next copies the body of every request proxy.ts sees, 10 MB of it by default, before the
    // route's own 16 kB limit could refuse it: 60 held uploads took 360 MB. Twice the limit is
    // enough for proxy.ts to see a chunked body pass 16 kB and refuse it there and then.
    proxyClientMaxBodySize: MAX_REQUEST_BYTES * 2,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({ development: phase === PHASE_DEVELOPMENT_SERVER }),
      },
      ...OPENER_ISOLATED_PATHS.map((source) => ({ source, headers: [OPENER_ISOLATION] })),
      {
        // A draft's preview: never indexed, and its secret link never sent on to other sites
        // in a Referer header (this entry comes last, so its Referrer-Policy wins).
        source: `${PREVIEW_PATH_PREFIX}:token`,
        headers: [
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
        ],
      },
    ];
  },
  // Each cover's srcset lists every width below, in the HTML and again in the React payload, on
  // every card. Next's defaults (8 device widths up to 3840, imageSizes from 16) suit full-bleed
  // photos; our covers show at most 720 CSS px (350 on cards), so these cover 1x to 3x screens.
  images: { deviceSizes: [640, 828, 1080, 1920], imageSizes: [384] },
  reactStrictMode: true,
  turbopack: {
    rules: {
      '*.inline.css': { loaders: ['./loaders/inline-css-loader.mjs'], as: '*.js' },
    },
  },
});

export default nextConfig;
