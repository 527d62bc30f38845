import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A separate build folder lets tests build a broken content set without touching .next.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The benchmark's build only: maps let it tell our client code from the framework's.
  productionBrowserSourceMaps: process.env.BENCH_SOURCE_MAPS === '1',
  // Native and Node-only packages the server loads at run time rather than bundling.
  serverExternalPackages: ['better-sqlite3', 'pg', 'nodemailer'],
  // Page 1 of a list has one URL only: the list's own.
  async redirects() {
    return [
      { source: '/blog/page/1', destination: '/blog', permanent: true },
      { source: '/blog/tag/:tag/page/1', destination: '/blog/tag/:tag', permanent: true },
    ];
  },
  reactStrictMode: true,
};

export default nextConfig;
