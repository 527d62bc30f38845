import { expect, test } from './fixtures';
import { weighPage, type PageWeight } from '../../bench/page-weight';

/**
 * Byte budgets per page type, measured in Chromium on the production build: each is the figure
 * reached on 2026-11-30 (docs/performance.md; re-set after #15's reader features) with a little
 * room, and search (#19) and the page view beacon (#21) had to fit within them, so that a change
 * that makes pages heavier fails here rather than quietly in a later benchmark. Lists and
 * articles' JavaScript budgets were lowered on 2026-12-01, when links home stopped prefetching
 * the home page's carousel (2 kB), and again when an article's body and structured data left its
 * React payload (the article's HTML 1 kB lighter; lists no longer prefetch articles, and so no
 * longer load the article's script, 2.2 kB; that script itself 250 bytes heavier, ArticleBody).
 * On 2026-12-02 the parts of pages with nothing interactive in them left the payload too
 * (HtmlOnlyPart): HTML 0.4 to 1.1 kB lighter, lists' and home's own JS 160 to 200 bytes heavier
 * (the component that keeps them, cached once; the article's fell, its two such components now one).
 * Later that day prerendered pages began loading the framework on the reader's first interaction
 * (lib/framework-on-demand.ts): their React payload left the HTML (1.3 to 2.4 kB lighter), no
 * script loads before that interaction (checked below), and our JS grew 15 to 25 bytes (the
 * layout's effect that announces hydration); then the search shortcuts moved from the script
 * into the head script, so that they work before it (HTML 110 to 170 bytes heavier). In the
 * evening an article's styles for code, tables, quotes, images and rules went only into pages
 * whose body holds them (the seed article 185 bytes lighter). The JS
 * budgets weigh what loads once the reader has pressed a key.
 * Gzip -9 bytes, except
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
    htmlGzipBytes: 10_000,
    inlineCssGzipBytes: 4_000,
    fontBytes: 32_000,
    jsGzipBytes: 143_550,
    ownJsGzipBytes: 4_200,
  },
  '/blog': {
    htmlGzipBytes: 8_700,
    inlineCssGzipBytes: 3_500,
    fontBytes: 32_000,
    jsGzipBytes: 141_300,
    ownJsGzipBytes: 2_000,
  },
  '/blog/tag/skin-health': {
    htmlGzipBytes: 8_250,
    inlineCssGzipBytes: 3_500,
    fontBytes: 32_000,
    jsGzipBytes: 141_300,
    ownJsGzipBytes: 2_000,
  },
  '/blog/the-gut-skin-axis': {
    htmlGzipBytes: 13_000,
    inlineCssGzipBytes: 4_150,
    fontBytes: 32_000,
    jsGzipBytes: 143_650,
    ownJsGzipBytes: 4_250,
  },
};

// Weighed as a reader meets them: the framework starts at their first interaction, not at load.
test.use({ frameworkAtLoad: false });

for (const [path, budget] of Object.entries(budgets)) {
  test(`${path} stays within its byte budget`, async ({ context, baseURL }) => {
    const weight = await weighPage(context, `${baseURL}${path}`);
    // Nothing may stand between the HTML and the first paint but the one display font, and no
    // script loads until the reader does something (lib/framework-on-demand.ts).
    expect(
      {
        renderBlockingRequests: weight.renderBlockingRequests,
        stylesheetBytes: weight.cssGzipBytes,
        fontFiles: weight.fontFiles,
        scriptBytesAtLoad: weight.jsAtLoadGzipBytes,
      },
      'render-blocking requests, stylesheet requests, font files, scripts before any interaction',
    ).toEqual({
      renderBlockingRequests: 0,
      stylesheetBytes: 0,
      fontFiles: 1,
      scriptBytesAtLoad: 0,
    });
    for (const measure of measures) {
      expect
        .soft(weight[measure], `${path}: ${measure} (budget ${budget[measure]})`)
        .toBeLessThanOrEqual(budget[measure]);
    }
  });
}
