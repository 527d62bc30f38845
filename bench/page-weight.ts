/**
 * Page weight, from a real page load in Chromium with an empty cache: HTML as sent and how much
 * of it is the React payload, the fonts, the CSS (inline and requested) and what blocks the
 * first paint, the JavaScript the page actually runs (a modern browser skips `nomodule`
 * polyfills) and how much of it is ours rather than Next's and React's (told apart by the
 * build's source maps). The benchmark prints these; tests/e2e/budgets.spec.ts holds each page
 * type to a budget.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from '@playwright/test';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export type PageWeight = {
  page: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** The React payload written into the HTML (its inline `self.__next_f` scripts), raw. */
  inlinePayloadBytes: number;
  /** What a client-side navigation to the page fetches (its `.rsc`), gzip. */
  rscGzipBytes: number;
  /** The page's own <style> elements (the site's CSS is written into every page), gzip. */
  inlineCssGzipBytes: number;
  /** Stylesheets fetched by <link>, gzip. */
  cssGzipBytes: number;
  fontBytes: number;
  fontFiles: number;
  /** Requests the browser marks as blocking the first paint (scripts and stylesheets). */
  renderBlockingRequests: number;
  /** Scripts loaded before the reader does anything (a prerendered page defers the framework). */
  jsAtLoadGzipBytes: number;
  /** Scripts loaded once the reader has pressed a key (all a page ever loads up front). */
  jsGzipBytes: number;
  ownJsGzipBytes: number;
  requests: number;
  /** Bytes (minified, before gzip) of each of our modules that reached the browser. */
  ownModules: Record<string, number>;
};

export const gzipBytes = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** Source paths that are this project's code, not a package's or the bundler's runtime. */
function isOwnSource(source: string): boolean {
  return source.includes('[project]/') && !source.includes('/node_modules/');
}

/**
 * How many bytes of `code` each of our own source files produced, from its source map:
 * every mapping owns the generated text up to the next mapping.
 */
function ownBytesBySource(code: string, map: RawSourceMap): Map<string, number> {
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(map);
  const mappings: { line: number; column: number; source: string | null }[] = [];
  consumer.eachMapping((mapping) =>
    mappings.push({
      line: mapping.generatedLine,
      column: mapping.generatedColumn,
      source: mapping.source,
    }),
  );
  mappings.sort((a, b) => a.line - b.line || a.column - b.column);
  const bytes = new Map<string, number>();
  mappings.forEach((mapping, index) => {
    if (!mapping.source || !isOwnSource(mapping.source)) return;
    const next = mappings[index + 1];
    const end =
      next && next.line === mapping.line ? next.column : (lines[mapping.line - 1]?.length ?? 0);
    const source = mapping.source.replace(/^.*\[project\]\//, '');
    bytes.set(source, (bytes.get(source) ?? 0) + Math.max(0, end - mapping.column));
  });
  return bytes;
}

/** The share of a script's bytes that is our own code, and our modules' bytes in it. */
export async function ownShare(
  url: string,
  body: Buffer,
): Promise<{ share: number; bySource: Map<string, number> }> {
  const code = body.toString('utf8');
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  if (!mapName) throw new Error(`${url} has no source map: build with SOURCE_MAPS=1`);
  const response = await fetch(new URL(mapName, url));
  if (!response.ok) throw new Error(`${url}: its source map answered ${response.status}`);
  const bySource = ownBytesBySource(code, (await response.json()) as RawSourceMap);
  const own = [...bySource.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { share: own / Math.max(1, code.length), bySource };
}

/** The inline React payload: the text of every `self.__next_f.push(…)` script in the HTML. */
function inlinePayload(html: string): number {
  return [...html.matchAll(/<script>(self\.__next_f[^<]*)<\/script>/g)].reduce(
    (sum, match) => sum + (match[1]?.length ?? 0),
    0,
  );
}

/**
 * One page, loaded in a fresh tab of `context` until the network is idle, then given a key
 * press, as a reader would, until the framework has started and nothing more arrives.
 */
export async function weighPage(context: BrowserContext, url: string): Promise<PageWeight> {
  const tab = await context.newPage();
  try {
    const responses: { url: string; type: string; body: Promise<Buffer | undefined> }[] = [];
    tab.on('response', (response) =>
      responses.push({
        url: response.url(),
        type: response.request().resourceType(),
        body: response.body().catch(() => undefined),
      }),
    );
    await tab.goto(url, { waitUntil: 'networkidle' });
    const scriptsAtLoad = new Set(
      responses.filter((entry) => entry.type === 'script').map((entry) => entry.url),
    );
    // The reader's first key press starts the framework (lib/framework-on-demand.ts); its
    // scripts, and whatever it fetches as it starts, are weighed once nothing more arrives.
    await tab.keyboard.press('Shift');
    await tab.waitForFunction(() => 'next' in window);
    for (let seen = -1; seen !== responses.length; await tab.waitForTimeout(500)) {
      seen = responses.length;
    }
    const inPage = await tab.evaluate(() => ({
      renderBlocking: performance
        .getEntriesByType('resource')
        .filter(
          (entry) =>
            (entry as PerformanceResourceTiming & { renderBlockingStatus?: string })
              .renderBlockingStatus === 'blocking',
        ).length,
      inlineCss: [...document.querySelectorAll('style')].map((style) => style.textContent).join(''),
    }));
    const loaded = await Promise.all(
      responses.map(async (entry) => ({ ...entry, body: (await entry.body) ?? Buffer.alloc(0) })),
    );
    const html = loaded.find((entry) => entry.type === 'document')?.body ?? Buffer.alloc(0);
    const rsc = await fetch(url, { headers: { RSC: '1' } });
    let jsAtLoadGzipBytes = 0;
    let jsGzipBytes = 0;
    let ownJsGzipBytes = 0;
    const ownModules: Record<string, number> = {};
    for (const script of loaded.filter((entry) => entry.type === 'script')) {
      const gzipped = gzipBytes(script.body);
      const { share, bySource } = await ownShare(script.url, script.body);
      jsGzipBytes += gzipped;
      if (scriptsAtLoad.has(script.url)) jsAtLoadGzipBytes += gzipped;
      ownJsGzipBytes += Math.round(gzipped * share);
      for (const [source, bytes] of bySource) ownModules[source] = bytes;
    }
    const fonts = loaded.filter((entry) => entry.type === 'font');
    return {
      page: new URL(url).pathname,
      htmlBytes: html.length,
      htmlGzipBytes: gzipBytes(html),
      inlinePayloadBytes: inlinePayload(html.toString('utf8')),
      rscGzipBytes: gzipBytes(Buffer.from(await rsc.arrayBuffer())),
      inlineCssGzipBytes: inPage.inlineCss ? gzipBytes(inPage.inlineCss) : 0,
      cssGzipBytes: loaded
        .filter((entry) => entry.type === 'stylesheet')
        .reduce((sum, entry) => sum + gzipBytes(entry.body), 0),
      fontBytes: fonts.reduce((sum, entry) => sum + entry.body.length, 0),
      fontFiles: fonts.length,
      renderBlockingRequests: inPage.renderBlocking,
      jsAtLoadGzipBytes,
      jsGzipBytes,
      ownJsGzipBytes,
      requests: loaded.length,
      ownModules,
    };
  } finally {
    await tab.close();
  }
}

export async function measurePageWeight(origin: string, pages: string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const results: PageWeight[] = [];
    for (const page of pages) {
      const context = await browser.newContext();
      results.push(await weighPage(context, origin + page));
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
