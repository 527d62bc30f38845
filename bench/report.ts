/** The benchmark's results as JSON (for tools) and a markdown table (for people and the repo). */
import { cpus, totalmem, type } from 'node:os';
import type { LighthouseResult } from './lighthouse';
import type { PageWeight } from './page-weight';
import type { BuildScaleResult } from './build-scale';
import type { DevLoopResult } from './dev-loop';
import type { NewsletterResult } from './newsletter';
import type { DashboardResult } from './dashboard';
import type { PageViewResult } from './page-views';
import type { SendResult } from './newsletter-send';
import type { SearchResults } from './search';
import type { ServingResult } from './serving';

export type BenchResults = {
  startedAt: string;
  mode: 'full' | 'quick';
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; os: string };
  /** null when the run measured a build it was given (`--site-build`). */
  siteBuild: { wallSeconds: number; peakMemoryMiB: number } | null;
  pageWeight: PageWeight[];
  lighthouse: LighthouseResult[];
  serving: ServingResult[];
  newsletter: NewsletterResult[];
  pageViews: PageViewResult[];
  dashboard: DashboardResult[];
  newsletterSend: SendResult[];
  buildScale: BuildScaleResult[];
  devLoop: DevLoopResult;
  search: SearchResults;
};

/** What `npm run bench -- --only send` writes: the newsletter send's figures alone. */
export type SendBenchResults = Pick<
  BenchResults,
  'startedAt' | 'mode' | 'machine' | 'newsletterSend'
>;

/** What `npm run bench -- --only views` writes: page view beacons and the dashboard. */
export type ViewsBenchResults = Pick<
  BenchResults,
  'startedAt' | 'mode' | 'machine' | 'pageViews' | 'dashboard'
>;

/** What `npm run bench -- --only search` writes: the search step's figures alone. */
export type SearchBenchResults = Pick<BenchResults, 'startedAt' | 'mode' | 'machine' | 'search'>;

export function describeMachine(): BenchResults['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: type(),
  };
}

const kB = (bytes: number) => (bytes / 1024).toFixed(1);
const MiB = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const posts = (count: number) => count.toLocaleString('en');
const p50p95 = ({ p50Ms, p95Ms }: { p50Ms: number; p95Ms: number }) =>
  `${p50Ms.toFixed(1)} / ${p95Ms.toFixed(1)}`;

function table(headers: string[], rows: (string | number)[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function machineLine({ startedAt, machine }: Pick<BenchResults, 'startedAt' | 'machine'>): string {
  return `${startedAt} · ${machine.cpus} × ${machine.cpuModel} · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.os}`;
}

/** The search section: one table per way of searching, each target beside its figure. */
function searchMarkdown({ inProcess, http, browser }: SearchResults): string {
  const sizes = inProcess.map((entry) => entry.posts);
  return [
    '## Search',
    '',
    'Targets: p95 under 30 ms on the server at 10,000 posts; first results on screen within ' +
      '100 ms of the last keystroke on a desktop, the one-time index load excluded; search code ' +
      'at most 10 kB gzip. Generated posts (as in build scale); the query mix is a word every ' +
      'post has, two words, a prefix (prebio), two typos (hydratoin, slep), a word no post has, ' +
      'and a word with a tag filter.',
    '',
    'In the server process (MiniSearch, built from the published posts; latency of ' +
      '`index.search`, results and excerpts included, over every query of the mix):',
    '',
    table(
      [
        'posts',
        'content read, cold s',
        'index build ms',
        'index as JSON kB',
        'heap growth MiB',
        'p50 / p95 ms (target p95 < 30)',
      ],
      inProcess.map((entry) => [
        posts(entry.posts),
        entry.contentLoadSeconds.toFixed(1),
        entry.indexBuildMs,
        kB(entry.serializedBytes),
        MiB(entry.heapGrowthBytes),
        p50p95(entry),
      ]),
    ),
    '',
    'Each query in the server process, p50 / p95 ms (posts found):',
    '',
    table(
      ['query', ...sizes.map((size) => `${posts(size)} posts`)],
      (inProcess[0]?.queries ?? []).map((query, at) => [
        `${query.label}: “${query.query}”${query.tag ? ` tagged ${query.tag}` : ''}`,
        ...inProcess.map((entry) => {
          const times = entry.queries[at];
          return times ? `${p50p95(times)} (${posts(times.matches)})` : '';
        }),
      ]),
    ),
    '',
    'Over HTTP (`npm start`, one request at a time, the same mix; the first search after ' +
      'start reads the content, parse cache warm as after a build, and builds the index):',
    '',
    table(
      [
        'posts',
        'first search ms',
        '/api/search p50 / p95 ms',
        '/search page p50 / p95 ms',
        'downloaded per query kB gzip',
        'server memory MiB before / after',
      ],
      http.map((entry) => [
        posts(entry.posts),
        entry.firstSearchMs,
        p50p95(entry.api),
        p50p95(entry.page),
        kB(entry.apiGzipBytes),
        `${entry.serverMiBBefore} / ${entry.serverMiBAfter}`,
      ]),
    ),
    '',
    'The search page in Chromium (desktop, 1280 px, the sample content, typed at 100 ms a key; the ' +
      'page waits 40 ms after the last key, then asks /api/search):',
    '',
    table(
      ['figure', 'measured', 'target'],
      [
        [
          `last key → first result on screen, median / p95 of ${browser.typed.length}`,
          `${browser.medianMs.toFixed(0)} / ${browser.p95Ms.toFixed(0)} ms`,
          '≤ 100 ms',
        ],
        [
          'the first query after opening (the server builds its index)',
          `${browser.warmUpMs.toFixed(0)} ms`,
          'excluded',
        ],
        [
          `search code fetched on opening (${browser.scripts} scripts), gzip`,
          `${kB(browser.searchCodeGzipBytes)} kB, ours ${kB(browser.ownSearchCodeGzipBytes)} kB`,
          '≤ 10 kB',
        ],
      ],
    ),
    '',
    'Our modules in that code (minified bytes): ' +
      Object.entries(browser.ownModules)
        .sort(([, a], [, b]) => b - a)
        .map(([module, bytes]) => `${module} ${bytes}`)
        .join(', '),
    '',
  ].join('\n');
}

/** Sending an issue: throughput, the sender's memory and resuming, each against its aim. */
function sendMarkdown(results: readonly SendResult[]): string {
  return [
    '## Newsletter send (`npm run newsletter -- send`, default 5 connections, no rate limit, real SMTP on loopback)',
    '',
    'Aims: at least 200 messages/s; the sender under 200 MB at 100,000 readers on PostgreSQL, flat ' +
      'as the list grows; every reader exactly one message, through a SIGKILL and a restart.',
    '',
    table(
      [
        'store',
        'readers',
        'SIGKILL at',
        'messages/s',
        'sender peak MiB',
        'delivering again after restart',
        'missed or doubled',
      ],
      results.map((entry) => [
        entry.store,
        entry.readers.toLocaleString('en-US'),
        entry.killAt === undefined ? '–' : entry.killAt.toLocaleString('en-US'),
        entry.messagesPerSecond,
        entry.peakRssMiB,
        entry.resumeMs === undefined ? '–' : `${entry.resumeMs} ms`,
        entry.missedOrDoubled,
      ]),
    ),
  ].join('\n');
}

/** Page view beacons, and the dashboard's pages at scale. */
function viewsMarkdown(results: ViewsBenchResults): string {
  return [
    '## Page view beacons (POST /api/views, 50 clients)',
    '',
    table(
      ['store', 'beacons/s', 'p99 ms', 'sent', 'answered 204', 'counted', 'responses'],
      results.pageViews.map((entry) => [
        entry.store,
        entry.beaconsPerSecond,
        entry.p99Ms,
        entry.sent,
        entry.answered,
        entry.counted,
        Object.entries(entry.statuses)
          .map(([status, count]) => `${status}: ${count}`)
          .concat(entry.errors ? [`no answer: ${entry.errors}`] : [])
          .join(', '),
      ]),
    ),
    '',
    '## Dashboard pages (90 days, signed in, whole HTML; after one warm-up answer)',
    '',
    'Aim: each page under 300 ms at 100,000 subscribers and a year of page views for 1,000 articles.',
    '',
    table(
      [
        'store',
        'page-view rows',
        'subscribers',
        ...(results.dashboard[0]?.pages ?? []).map((page) => `${page.path} p50 / max ms`),
      ],
      results.dashboard.map((entry) => [
        entry.store,
        entry.pageViewRows,
        entry.subscribers,
        ...entry.pages.map((page) => `${page.p50Ms} / ${page.maxMs}`),
      ]),
    ),
  ].join('\n');
}

/** `npm run bench -- --only views`: page views and the dashboard under the run's heading. */
export function toViewsMarkdown(results: ViewsBenchResults): string {
  return [
    `# GLOWPOP page views and dashboard benchmark (${results.mode} run)`,
    '',
    machineLine(results),
    '',
    viewsMarkdown(results),
  ].join('\n');
}

/** `npm run bench -- --only send`: the send section under the run's heading. */
export function toSendMarkdown(results: SendBenchResults): string {
  return [
    `# GLOWPOP newsletter send benchmark (${results.mode} run)`,
    '',
    machineLine(results),
    '',
    sendMarkdown(results.newsletterSend),
  ].join('\n');
}

/** `npm run bench -- --only search`: the search section under the run's heading. */
export function toSearchMarkdown(results: SearchBenchResults): string {
  return [
    `# GLOWPOP search benchmark (${results.mode} run)`,
    '',
    machineLine(results),
    '',
    searchMarkdown(results.search),
  ].join('\n');
}

export function toMarkdown(results: BenchResults): string {
  const limit = results.serving.find((entry) => entry.server === 'static file (in memory)');
  const share = (rps: number) =>
    limit ? `${Math.round((rps / limit.requestsPerSecond) * 100)} %` : 'n/a';
  return [
    `# GLOWPOP benchmark (${results.mode} run)`,
    '',
    machineLine(results),
    '',
    results.siteBuild
      ? `Site build (sample content, with source maps): ${results.siteBuild.wallSeconds.toFixed(1)} s, peak memory ${results.siteBuild.peakMemoryMiB} MiB.`
      : 'Site build: the one this run was given (`--site-build`), not timed here.',
    '',
    '## Page weight (Chromium, empty cache; kB, gzip -9 unless raw)',
    '',
    table(
      [
        'page',
        'HTML raw',
        'HTML gzip',
        'of it React payload, raw',
        '.rsc gzip',
        'inline CSS',
        'CSS requested',
        'render-blocking',
        'fonts',
        'JS before any interaction',
        'JS once used',
        'our JS',
        'requests',
      ],
      results.pageWeight.map((page) => [
        page.page,
        kB(page.htmlBytes),
        kB(page.htmlGzipBytes),
        kB(page.inlinePayloadBytes),
        kB(page.rscGzipBytes),
        kB(page.inlineCssGzipBytes),
        kB(page.cssGzipBytes),
        page.renderBlockingRequests,
        `${kB(page.fontBytes)} (${page.fontFiles})`,
        kB(page.jsAtLoadGzipBytes),
        kB(page.jsGzipBytes),
        kB(page.ownJsGzipBytes),
        page.requests,
      ]),
    ),
    '',
    'Our client modules in the browser (minified bytes): ' +
      Object.entries(results.pageWeight[0]?.ownModules ?? {})
        .map(([module, bytes]) => `${module} ${bytes}`)
        .join(', '),
    '',
    '## Lighthouse (median of runs)',
    '',
    table(
      [
        'page',
        'form factor',
        'throttling',
        'perf',
        'a11y',
        'best pr.',
        'SEO',
        'FCP ms',
        'LCP ms',
        'TBT ms',
        'CLS',
      ],
      results.lighthouse.map((entry) => [
        entry.page,
        entry.formFactor,
        entry.throttling,
        entry.performance,
        entry.accessibility,
        entry.bestPractices,
        entry.seo,
        entry.fcpMs,
        entry.lcpMs,
        entry.tbtMs,
        entry.cls,
      ]),
    ),
    '',
    'The largest paint of each (median-LCP run; phases in ms: time to first byte, load delay, ' +
      'load time, render delay):',
    '',
    table(
      [
        'page',
        'form factor',
        'throttling',
        'element',
        'TTFB',
        'load delay',
        'load',
        'render delay',
      ],
      results.lighthouse.map((entry) => [
        entry.page,
        entry.formFactor,
        entry.throttling,
        entry.lcpElement.replace(/\|/g, '\\|'),
        entry.lcpPhases?.ttfb ?? '',
        entry.lcpPhases?.loadDelay ?? '',
        entry.lcpPhases?.loadTime ?? '',
        entry.lcpPhases?.renderDelay ?? '',
      ]),
    ),
    '',
    '## Serving one article (autocannon, 50 connections)',
    '',
    table(
      ['server', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'of the static limit'],
      results.serving.map((entry) => [
        entry.server,
        entry.requestsPerSecond,
        entry.p50Ms,
        entry.p99Ms,
        entry.non2xx,
        share(entry.requestsPerSecond),
      ]),
    ),
    '',
    '## Newsletter signups (POST /api/newsletter/subscribe, 50 clients, real SMTP)',
    '',
    table(
      ['store', 'signups/s', 'p99 ms', 'acknowledged', 'lost or duplicated', 'responses'],
      results.newsletter.map((entry) => [
        entry.store,
        entry.signupsPerSecond,
        entry.p99Ms,
        entry.acknowledged,
        entry.lostOrDuplicated,
        Object.entries(entry.statuses)
          .map(([status, count]) => `${status}: ${count}`)
          .concat(entry.errors ? [`no answer: ${entry.errors}`] : [])
          .join(', '),
      ]),
    ),
    '',
    viewsMarkdown(results),
    '',
    sendMarkdown(results.newsletterSend),
    '',
    '## Build scale (generated ~1,200-word posts)',
    '',
    table(
      [
        'posts',
        'content:check s',
        'again, cached s',
        'cold next build s',
        'compile / collect / generate s',
        'peak memory MiB',
        'output MiB',
        'KiB/post',
        'content reads',
      ],
      results.buildScale.map((entry) => [
        entry.posts,
        entry.contentCheckSeconds.toFixed(2),
        entry.contentCheckWarmSeconds.toFixed(2),
        entry.buildSeconds.toFixed(1),
        `${entry.phases.compileSeconds} / ${entry.phases.collectSeconds} / ${entry.phases.generateSeconds}`,
        entry.peakMemoryMiB,
        entry.outputMiB,
        entry.outputKiBPerPost,
        entry.contentReads,
      ]),
    ),
    '',
    '## Dev loop (save → updated page in next dev)',
    '',
    `${results.devLoop.saves} saves: median ${results.devLoop.medianMs} ms, slowest ${results.devLoop.maxMs} ms.`,
    '',
    searchMarkdown(results.search),
  ].join('\n');
}
