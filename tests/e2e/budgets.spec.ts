import { expect, test } from './fixtures';
import { weighPage, type PageWeight } from '../../bench/page-weight';

/**
 * Byte budgets per page type, measured in Chromium on the production build: each is the figure
 * reached on 2026-11-30 (docs/performance.md; re-set after #15's reader features) with a little
 * room, so that a change that makes pages heavier fails here rather than quietly in a later
 * benchmark. Gzip -9 bytes, except
 * fonts (already compressed) and counts. `npm test` builds with SOURCE_MAPS=1 so that our own
 * JavaScript can be told from the framework's.
 */
const measures = [
  'htmlGzipBytes',
  'inlineCssGzipBytes',
  'fontBytes',
  'jsGzipBytes',
  'ownJsGzipBytes',
] as const satisfies (keyof PageWeight)[];

type Budget = Record<(typeof measures)[number], number>;

const budgets: Record<string, Budget> = {
  '/': {
    htmlGzipBytes: 12_950,
    inlineCssGzipBytes: 3_900,
    fontBytes: 32_000,
    jsGzipBytes: 148_400,
    ownJsGzipBytes: 9_550,
  },
  '/blog': {
    htmlGzipBytes: 11_300,
    inlineCssGzipBytes: 3_350,
    fontBytes: 32_000,
    jsGzipBytes: 148_400,
    ownJsGzipBytes: 9_550,
  },
  '/blog/tag/skin-health': {
    htmlGzipBytes: 10_550,
    inlineCssGzipBytes: 3_350,
    fontBytes: 32_000,
    jsGzipBytes: 148_400,
    ownJsGzipBytes: 9_550,
  },
  '/blog/the-gut-skin-axis': {
    htmlGzipBytes: 16_950,
    inlineCssGzipBytes: 4_200,
    fontBytes: 32_000,
    jsGzipBytes: 148_400,
    ownJsGzipBytes: 9_550,
  },
};

for (const [path, budget] of Object.entries(budgets)) {
  test(`${path} stays within its byte budget`, async ({ context, baseURL }) => {
    const weight = await weighPage(context, `${baseURL}${path}`);
    // Nothing may stand between the HTML and the first paint but the one display font.
    expect(
      {
        renderBlockingRequests: weight.renderBlockingRequests,
        stylesheetBytes: weight.cssGzipBytes,
        fontFiles: weight.fontFiles,
      },
      'render-blocking requests, stylesheet requests, font files',
    ).toEqual({ renderBlockingRequests: 0, stylesheetBytes: 0, fontFiles: 1 });
    for (const measure of measures) {
      expect
        .soft(weight[measure], `${path}: ${measure} (budget ${budget[measure]})`)
        .toBeLessThanOrEqual(budget[measure]);
    }
  });
}
