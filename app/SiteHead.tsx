'use client';

import { useEffect } from 'react';
import { preload } from 'react-dom';
import css from '@/app/site.inline.css';
import { HYDRATED_EVENT } from '@/lib/framework-on-demand';
import { DEVELOPMENT_HEAD_SCRIPT, HEAD_SCRIPT } from '@/lib/head-script';

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
 * The CSS for the server's HTML only. The root layout is part of every server-rendered page, so
 * this <style> is always already in the document when the client runs: hydration keeps what
 * the server wrote (React does not rewrite a dangerouslySetInnerHTML that hydrates), and no
 * later render changes it. Next compiles `typeof window` to a constant in each bundle, so the
 * browser's copy of this module leaves the 11 kB of CSS out. In `next dev` the client keeps it,
 * so edits to the stylesheet still update the open page.
 */
const serverCss =
  typeof window === 'undefined' || process.env.NODE_ENV === 'development' ? fontFaces + css : '';

/**
 * Our inline scripts, for the server's HTML only, like the CSS: the theme and the search
 * shortcuts and, in production, the visit and the framework loader (lib/head-script.ts).
 */
const serverScript =
  typeof window === 'undefined'
    ? process.env.NODE_ENV === 'production'
      ? HEAD_SCRIPT
      : DEVELOPMENT_HEAD_SCRIPT
    : '';

/**
 * Every page's <head>: the remembered theme, applied before the first paint, and the styles.
 * A client component on purpose: a server component's output also travels in the page's React
 * payload, so each would be sent twice; from here each is sent once, in the HTML.
 */
export function SiteHead() {
  // The layout's effects run once the page has hydrated: a button the reader pressed before the
  // framework had started is pressed again now (lib/framework-on-demand.ts).
  useEffect(() => {
    dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  preload(displayFont.pathname, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: serverScript }} suppressHydrationWarning />
      <style dangerouslySetInnerHTML={{ __html: serverCss }} suppressHydrationWarning />
    </>
  );
}
