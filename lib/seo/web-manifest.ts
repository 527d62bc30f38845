import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';
import { BRAND_ICON_PATHS, BRAND_ICON_SIZES } from './brand-icons';

/** Next serves `app/manifest.ts` here. */
export const WEB_MANIFEST_PATH = '/manifest.webmanifest';

/** What a phone uses when a reader adds the blog to the home screen. */
export function webManifest(): MetadataRoute.Manifest {
  const logoSize = `${BRAND_ICON_SIZES.logo}x${BRAND_ICON_SIZES.logo}`;
  const touchSize = `${BRAND_ICON_SIZES.appleTouch}x${BRAND_ICON_SIZES.appleTouch}`;
  return {
    name: `${site.name} — ${site.productLine}`,
    short_name: site.name,
    description: site.description,
    lang: site.locale,
    start_url: '/',
    display: 'browser',
    theme_color: site.themeColor,
    background_color: site.backgroundColor,
    icons: [
      { src: BRAND_ICON_PATHS.svg, sizes: 'any', type: 'image/svg+xml' },
      { src: BRAND_ICON_PATHS.appleTouch, sizes: touchSize, type: 'image/png' },
      { src: BRAND_ICON_PATHS.logo, sizes: logoSize, type: 'image/png', purpose: 'any' },
    ],
  };
}
