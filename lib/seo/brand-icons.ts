import { site } from '@/lib/site';

/** Where the brand's icons are served; the manifest, the head and structured data use these. */
export const BRAND_ICON_PATHS = {
  svg: '/icon.svg',
  favicon: '/favicon.ico',
  appleTouch: '/apple-touch-icon.png',
  /** 512 px: above the 112 px search engines ask of a publisher logo, and a manifest icon. */
  logo: '/logo.png',
} as const;

export const BRAND_ICON_SIZES = { appleTouch: 180, logo: 512, favicon: [16, 32, 48] } as const;

/**
 * A can of GLOWPOP on the brand's plum, drawn once; every raster icon is this, scaled. Rounded
 * corners by default; phones round home-screen icons themselves, so theirs is square.
 */
export const brandIconSvg = ({ square = false } = {}) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${square ? 0 : 16}" fill="${site.themeColor}"/>
  <rect x="20" y="12" width="24" height="42" rx="7" fill="#F0428A"/>
  <rect x="20" y="18" width="24" height="5" fill="#FFD166"/>
  <rect x="23" y="9" width="18" height="5" rx="2.5" fill="#FFC9A8"/>
  <circle cx="28" cy="36" r="3" fill="#FFF8F1"/>
  <circle cx="36" cy="44" r="2" fill="#FFF8F1"/>
  <circle cx="35" cy="30" r="1.6" fill="#FFF8F1"/>
</svg>`;
