import localFont from 'next/font/local';

// Self-hosted from @fontsource packages: no request ever leaves for a font CDN.
export const displayFont = localFont({
  src: '../node_modules/@fontsource-variable/bricolage-grotesque/files/bricolage-grotesque-latin-wght-normal.woff2',
  weight: '200 800',
  variable: '--font-display',
  // 'optional' never swaps a late font in after first paint, so text cannot shift (CLS 0);
  // the font is preloaded, so it is ready in time on all but the slowest first visits.
  display: 'optional',
});

export const bodyFont = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-italic.woff2',
      style: 'italic',
    },
  ],
  weight: '100 900',
  variable: '--font-body',
  display: 'optional',
});
