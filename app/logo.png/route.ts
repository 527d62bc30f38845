import { brandIconPng } from '@/lib/seo/brand-icon-images';
import { BRAND_ICON_SIZES } from '@/lib/seo/brand-icons';

export const dynamic = 'force-static';

/** The publisher logo of structured data, and the web app manifest's large icon. */
export function GET() {
  return brandIconPng(BRAND_ICON_SIZES.logo);
}
