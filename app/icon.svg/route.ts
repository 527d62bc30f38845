import { brandIconSvgResponse } from '@/lib/seo/brand-icon-images';

export const dynamic = 'force-static';

/** The brand icon for browser tabs that draw SVG. */
export function GET() {
  return brandIconSvgResponse();
}
