/**
 * Search, three ways. In a process of its own, per size of generated content: the time to build
 * the index, its size as JSON (what a browser would download to search on its own) and the
 * memory it holds, and the latency of a fixed mix of queries. Over HTTP, `npm start` on the
 * same content: the first search after start (the content read and the index built), then the
 * /search page and the JSON the search page reads, and the bytes a reader downloads per query. In
 * Chromium on the sample site: from the last keystroke to the first result on screen, and the
 * code fetched once the reader opens search. Figures only: the targets are read from them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { generatePosts } from './generate-posts';
import { gzipBytes, ownShare } from './page-weight';
import { freePort, siteServerCommand, startServer, type Server } from './support/processes';
import type { ProbeQuery, SearchProbe } from './support/search-probe.mts';

export type QueryLatency = {
  label: string;
  query: string;
  tag?: string;
  /** Posts found (after the tag filter). */
  matches: number;
  p50Ms: number;
  p95Ms: number;
};

export type InProcessSearch = {
  posts: number;
  /** Reading and parsing the content with an empty parse cache: not search's cost, its context. */
  contentLoadSeconds: number;
  indexBuildMs: number;
  /** The index as JSON: what a browser would download to search on its own, for comparison. */
  serializedBytes: number;
  /** The JS heap the index holds (garbage collected before and after building it). */
  heapGrowthBytes: number;
  /** Over every query of the mix, every round. */
  p50Ms: number;
  p95Ms: number;
  queries: QueryLatency[];
};

export type HttpSearch = {
  posts: number;
  /** The first /api/search after start: content read (parse cache warm) and index built. */
  firstSearchMs: number;
  /** Resident memory of the server's processes before the first search and after the runs. */
  serverMiBBefore: number;
  serverMiBAfter: number;
  page: { p50Ms: number; p95Ms: number };
  api: { p50Ms: number; p95Ms: number };
  /** An /api/search answer with a full page of results, gzip: what a reader downloads. */
  apiGzipBytes: number;
};

export type BrowserSearch = {
  /** Last keystroke to the first result on screen, per query typed (the warm-up excluded). */
  typed: { query: string; ms: number }[];
  /** The first query after opening, which also pays for the server's one-time index load. */
  warmUpMs: number;
  medianMs: number;
  p95Ms: number;
  /** Scripts fetched only once search is opened: the search page's code. */
  scripts: number;
  searchCodeGzipBytes: number;
  ownSearchCodeGzipBytes: number;
  /** Bytes (minified, before gzip) of each of our modules in those scripts. */
  ownModules: Record<string, number>;
};

export type SearchResults = {
  inProcess: InProcessSearch[];
  http: HttpSearch[];
  browser: BrowserSearch;
};

/**
 * Queries as readers type them, over the generated posts' vocabulary (bench/generate-posts.ts):
 * a word every post has (the worst case: everything matches), two words, an unfinished word,
 * typos, a word no post has (every stage of the search runs, then the suggestion), and a tag.
 */
const QUERY_MIX: ProbeQuery[] = [
  { label: 'common word', query: 'hydration' },
  { label: 'two words', query: 'morning ritual' },
  { label: 'prefix', query: 'prebio' },
  { label: 'typo', query: 'hydratoin' },
  { label: 'short typo', query: 'slep' },
  { label: 'no match', query: 'zucchini' },
  { label: 'tag filter', query: 'bacteria', tag: 'skin-health' },
];

/** Over the sample content in content/; each must find something. The first is the warm-up. */
const TYPED_QUERIES = ['glow', 'sleep', 'gut skin', 'prebio', 'hydratoin', 'fibre', 'soda'];

/** A steady typist: slower than the search page's 40 ms typing pause, so every prefix is fetched. */
const KEYSTROKE_MS = 100;

/** Where the search page shows its field, status line and results. */
const SEARCH_REGION = 'main';

/** Nearest-rank percentile. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const ms = (value: number) => Number(value.toFixed(2));
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

const searchAddress = (route: '/search' | '/api/search', { query, tag }: ProbeQuery) =>
  `${route}?${new URLSearchParams(tag ? { q: query, tag } : { q: query })}`;

/** Everything a server or probe of this benchmark needs: its content, its data, no database. */
function siteEnv(contentDir: string | undefined, cacheDir: string, dataDir: string) {
  return {
    // Empty reads as unset: the sample content in content/.
    CONTENT_DIR: contentDir ?? '',
    CONTENT_CACHE_DIR: cacheDir,
    DATA_DIR: dataDir,
    // Searches that find nothing are counted; here in SQLite under DATA_DIR, never a shared store.
    DATABASE_URL: '',
  };
}

async function probeInProcess(env: Record<string, string>, rounds: number) {
  const { stdout } = await promisify(execFile)(
    'node',
    [
      '--expose-gc',
      '--import',
      'tsx',
      path.join('bench', 'support', 'search-probe.mts'),
      JSON.stringify(QUERY_MIX),
      String(rounds),
    ],
    { env: { ...process.env, ...env }, maxBuffer: 16 * 2 ** 20 },
  );
  const probe = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as SearchProbe;
  const all = probe.timings.flatMap((timing) => timing.ms);
  return {
    posts: probe.posts,
    contentLoadSeconds: Number((probe.contentLoadMs / 1000).toFixed(1)),
    indexBuildMs: Math.round(probe.indexBuildMs),
    serializedBytes: probe.serializedBytes,
    heapGrowthBytes: probe.heapGrowthBytes,
    p50Ms: ms(percentile(all, 50)),
    p95Ms: ms(percentile(all, 95)),
    queries: QUERY_MIX.map(({ label, query, tag }, at) => {
      const times = probe.timings[at]?.ms ?? [];
      return {
        label,
        query,
        tag,
        matches: probe.timings[at]?.matches ?? 0,
        p50Ms: ms(percentile(times, 50)),
        p95Ms: ms(percentile(times, 95)),
      };
    }),
  } satisfies InProcessSearch;
}

async function timedGet(url: string): Promise<{ ms: number; body: Buffer }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, body };
}

/** The production server on the bench build, serving `contentDir` (or the sample content). */
async function startSite(distDir: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  return startServer(...siteServerCommand(port), {
    url: `http://127.0.0.1:${port}`,
    // A prerendered page: answering it reads no content, so the first search still has to.
    readyPath: '/blog',
    env: { NEXT_DIST_DIR: distDir, ...env },
  });
}

async function measureOverHttp(
  distDir: string,
  env: Record<string, string>,
  posts: number,
  rounds: number,
): Promise<HttpSearch> {
  const site = await startSite(distDir, env);
  try {
    const serverBefore = site.rssBytes();
    const [first] = QUERY_MIX;
    if (!first) throw new Error('QUERY_MIX is empty');
    const firstSearch = await timedGet(site.url + searchAddress('/api/search', first));
    // One untimed round, as in-process: the server's code compiled, its caches warm.
    for (const query of QUERY_MIX) {
      await timedGet(site.url + searchAddress('/search', query));
      await timedGet(site.url + searchAddress('/api/search', query));
    }
    const page: number[] = [];
    const api: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of QUERY_MIX) {
        page.push((await timedGet(site.url + searchAddress('/search', query))).ms);
        api.push((await timedGet(site.url + searchAddress('/api/search', query))).ms);
      }
    }
    return {
      posts,
      firstSearchMs: Math.round(firstSearch.ms),
      serverMiBBefore: mib(serverBefore),
      serverMiBAfter: mib(site.rssBytes()),
      page: { p50Ms: ms(percentile(page, 50)), p95Ms: ms(percentile(page, 95)) },
      api: { p50Ms: ms(percentile(api, 50)), p95Ms: ms(percentile(api, 95)) },
      // The common word: every post matches, so the answer holds a full page of results.
      apiGzipBytes: gzipBytes(firstSearch.body),
    };
  } finally {
    await site.stop();
  }
}

type TimingWindow = Window & { firstResultMs?: Promise<number> };

/**
 * Types `query` into the search page and answers the time, measured in the page, from the
 * keydown of its last character to the frame that first shows a result for it: the status line
 * naming the whole query and at least one result (a prefix's answer names the prefix).
 */
async function typeAndTimeFirstResult(tab: Page, query: string): Promise<number> {
  const region = tab.locator(SEARCH_REGION);
  const field = region.getByRole('searchbox');
  await field.fill('');
  await region.getByRole('status').filter({ hasText: 'Search every article' }).waitFor();
  await tab.evaluate(
    ({ query, selector }) => {
      const region = document.querySelector(selector);
      if (!region) throw new Error(`No ${selector}`);
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      let lastKeyAt = 0;
      const typing = new AbortController();
      document.addEventListener('keydown', () => (lastKeyAt = performance.now()), {
        capture: true,
        signal: typing.signal,
      });
      (window as TimingWindow).firstResultMs = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const status = region.querySelector('[role=status]')?.textContent ?? '';
          if (!status.includes(`“${query}”`) || !region.querySelector('.search-result')) return;
          observer.disconnect();
          typing.abort();
          requestAnimationFrame(() => resolve(performance.now() - lastKeyAt));
        });
        observer.observe(region, { subtree: true, childList: true, characterData: true });
      });
    },
    { query, selector: SEARCH_REGION },
  );
  await field.pressSequentially(query, { delay: KEYSTROKE_MS });
  return tab.evaluate(
    () =>
      Promise.race([
        (window as TimingWindow).firstResultMs ?? Promise.reject(new Error('Not timing')),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('No result within 10 s')), 10_000),
        ),
      ]),
    undefined,
  );
}

async function measureInBrowser(siteUrl: string, rounds: number): Promise<BrowserSearch> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    await tab.goto(siteUrl + '/blog', { waitUntil: 'networkidle' });
    // A reader who has already scrolled the page, so the framework is running
    // (lib/framework-on-demand.ts) and what is weighed below is search's own code.
    await tab.mouse.wheel(0, 100);
    await tab.waitForFunction(() => 'next' in window);
    // The load state is already "network idle"; give hydration's prefetches time to arrive.
    await tab.waitForTimeout(1500);
    const fetchedAfterOpening: { url: string; body: Promise<Buffer | undefined> }[] = [];
    tab.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        fetchedAfterOpening.push({
          url: response.url(),
          body: response.body().catch(() => undefined),
        });
      }
    });
    await tab.keyboard.press('/');
    await tab.locator(SEARCH_REGION).getByRole('searchbox').waitFor();
    await tab.waitForLoadState('networkidle');
    const [warmUp, ...queries] = TYPED_QUERIES;
    const warmUpMs = await typeAndTimeFirstResult(tab, warmUp ?? 'glow');
    const typed: BrowserSearch['typed'] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        typed.push({ query, ms: ms(await typeAndTimeFirstResult(tab, query)) });
      }
    }
    let searchCodeGzipBytes = 0;
    let ownSearchCodeGzipBytes = 0;
    const ownModules: Record<string, number> = {};
    for (const script of fetchedAfterOpening) {
      const body = (await script.body) ?? Buffer.alloc(0);
      const gzipped = gzipBytes(body);
      const { share, bySource } = await ownShare(script.url, body);
      searchCodeGzipBytes += gzipped;
      ownSearchCodeGzipBytes += Math.round(gzipped * share);
      for (const [source, bytes] of bySource) ownModules[source] = bytes;
    }
    const times = typed.map((entry) => entry.ms);
    return {
      typed,
      warmUpMs: ms(warmUpMs),
      medianMs: ms(percentile(times, 50)),
      p95Ms: ms(percentile(times, 95)),
      scripts: fetchedAfterOpening.length,
      searchCodeGzipBytes,
      ownSearchCodeGzipBytes,
      ownModules,
    };
  } finally {
    await browser.close();
  }
}

/** How many times each part goes through its queries, for stable percentiles. */
export type SearchRounds = {
  /** The query mix in-process (microseconds to milliseconds each). */
  inProcess: number;
  /** The query mix over HTTP, page and JSON (each a rendered response). */
  http: number;
  /** The typed queries in Chromium (about a second each). */
  typing: number;
};

/**
 * Every figure for each number of generated posts in `sizes`, and the browser's on the sample
 * content, all served from the build in `distDir` (built with source maps).
 */
export async function measureSearch(
  distDir: string,
  sizes: number[],
  rounds: SearchRounds,
): Promise<SearchResults> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-search-'));
  try {
    const inProcess: InProcessSearch[] = [];
    const http: HttpSearch[] = [];
    for (const posts of sizes) {
      const contentDir = path.join(scratch, `content-${posts}`);
      // Shared by the probe and the server: the server reads what the probe parsed, as a
      // production server reads what its build parsed.
      const env = siteEnv(
        contentDir,
        path.join(scratch, `parse-cache-${posts}`),
        path.join(scratch, `data-${posts}`),
      );
      console.log(`  ${posts} posts: generating`);
      generatePosts(contentDir, posts);
      console.log(`  ${posts} posts: in-process`);
      inProcess.push(await probeInProcess(env, rounds.inProcess));
      console.log(`  ${posts} posts: over HTTP`);
      http.push(await measureOverHttp(distDir, env, posts, rounds.http));
      rmSync(contentDir, { recursive: true, force: true });
    }
    console.log('  sample content: in Chromium');
    const sample = await startSite(
      distDir,
      siteEnv(undefined, path.join(scratch, 'parse-cache-sample'), path.join(scratch, 'data')),
    );
    try {
      const browser = await measureInBrowser(sample.url, rounds.typing);
      return { inProcess, http, browser };
    } finally {
      await sample.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
