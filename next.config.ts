import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A separate build folder lets tests build a broken content set without touching .next.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
