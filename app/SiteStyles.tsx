'use client';

import { preload } from 'react-dom';
import css from '@/app/site.inline.css';

/**
 * The display face for headings, subset by scripts/subset-display-font.mts. Referenced this way,
 * the bundler serves it from /_next/static/media under a content hash, cached for a year.
 */
const displayFont = new URL('../assets/fonts/bricolage-grotesque-display.woff2', import.meta.url);

/*
 * 'optional' never swaps a late font in after the first paint, so text cannot shift (CLS 0);
 * the font is preloaded, so it is ready in time on all but the slowest first visits. Until
 * then the fallback is Arial scaled to the display face's metrics (the figures next/font
 * computes for this font), so the two set text alike.
 */
const fontFaces =
  `@font-face{font-family:Bricolage;src:url(${displayFont.pathname}) format("woff2");` +
  'font-weight:700 800;font-display:optional}' +
  '@font-face{font-family:"Bricolage Fallback";src:local(Arial);ascent-override:82.39%;' +
  'descent-override:23.92%;line-gap-override:0%;size-adjust:112.88%}';

/**
 * Every page's styles, inline in its <head>. A client component on purpose: a server
 * component's output also travels in the page's React payload, so the CSS would be sent
 * twice; from here it is sent in the HTML once, and with this component's script, which
 * every page shares and the browser caches.
 */
export function SiteStyles() {
  preload(displayFont.pathname, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return <style dangerouslySetInnerHTML={{ __html: fontFaces + css }} />;
}
