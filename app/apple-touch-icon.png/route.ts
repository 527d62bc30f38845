import { brandIconPng } from '@/lib/seo/brand-icon-images';
import { BRAND_ICON_SIZES } from '@/lib/seo/brand-icons';

export const dynamic = 'force-static';

/** What a phone shows when a reader adds the site to the home screen. */
export function GET() {
  return brandIconPng(BRAND_ICON_SIZES.appleTouch, { square: true });
}
