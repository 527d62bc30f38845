/** The benchmark's results as JSON (for tools) and a markdown table (for people and the repo). */
import { cpus, totalmem, type } from 'node:os';
import type { LighthouseResult } from './lighthouse';
import type { PageWeight } from './page-weight';
import type { BuildScaleResult } from './build-scale';
import type { DevLoopResult } from './dev-loop';
import type { NewsletterResult } from './newsletter';
import type { ServingResult } from './serving';

export type BenchResults = {
  startedAt: string;
  mode: 'full' | 'quick';
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; os: string };
  siteBuild: { wallSeconds: number; peakMemoryMiB: number };
  pageWeight: PageWeight[];
  lighthouse: LighthouseResult[];
  serving: ServingResult[];
  newsletter: NewsletterResult[];
  buildScale: BuildScaleResult[];
  devLoop: DevLoopResult;
};

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

function table(headers: string[], rows: (string | number)[][]): string {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export function toMarkdown(results: BenchResults): string {
  const { machine } = results;
  const limit = results.serving.find((entry) => entry.server === 'static file (in memory)');
  const share = (rps: number) =>
    limit ? `${Math.round((rps / limit.requestsPerSecond) * 100)} %` : 'n/a';
  return [
    `# GLOWPOP benchmark (${results.mode} run)`,
    '',
    `${results.startedAt} · ${machine.cpus} × ${machine.cpuModel} · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.os}`,
    '',
    `Site build (sample content, with source maps): ${results.siteBuild.wallSeconds.toFixed(1)} s, peak memory ${results.siteBuild.peakMemoryMiB} MiB.`,
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
        'JS total',
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
  ].join('\n');
}
