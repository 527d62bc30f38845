import { brandFaviconResponse } from '@/lib/seo/brand-icon-images';

export const dynamic = 'force-static';

/** For browsers and feed readers that ask for /favicon.ico. */
export function GET() {
  return brandFaviconResponse();
}
