/**
 * `npm run bench`: builds what it needs, measures, and writes bench/results/<date>.json and
 * bench/results/latest.md. `npm run bench -- --quick` runs a small version of every part in
 * about a minute (the test command runs it, so the benchmark never rots) and writes to
 * bench/results/quick/ instead. `npm run bench -- --only search` builds the site and runs the
 * search step alone, so its figures can be refreshed without the full run, and writes
 * search-<date>.json; `--only send` does the same for the newsletter send (send-<date>.json), and
 * `--only views` for page view beacons and the dashboard at scale (views-<date>.json). It prints
 * figures and fails only when a count is wrong, never on a threshold:
 * the targets are read from the figures (docs/performance.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureBuildScale } from './build-scale';
import { measureDevLoop } from './dev-loop';
import { measureLighthouse } from './lighthouse';
import { measureNewsletter } from './newsletter';
import { measureNewsletterSend, type SendCase, type SendResult } from './newsletter-send';
import { measureDashboard, type DashboardScale } from './dashboard';
import { measurePageViews, type PageViewResult } from './page-views';
import { measurePageWeight } from './page-weight';
import {
  describeMachine,
  toMarkdown,
  toSearchMarkdown,
  toSendMarkdown,
  toViewsMarkdown,
  type BenchResults,
  type SearchBenchResults,
  type SendBenchResults,
  type ViewsBenchResults,
} from './report';
import { measureSearch, type SearchRounds } from './search';
import { measureServing } from './serving';
import { measureCommand, startSite } from './support/processes';
import { requireTestDatabaseUrl } from '../tests/support/test-database';

const quick = process.argv.includes('--quick');
// `--site-build <folder>`: measure a production build already made with source maps (npm test
// passes the one its browser tests just ran on) instead of building the site again.
const siteBuildAt = process.argv.indexOf('--site-build');
const givenBuild = siteBuildAt === -1 ? undefined : process.argv[siteBuildAt + 1];
const distDir = givenBuild ?? '.next-bench';
const pages = ['/', '/blog', '/blog/tag/skin-health', '/blog/the-gut-skin-axis'];
const article = '/blog/the-gut-skin-axis';
const step = (name: string) => console.log(`\n▶ ${name}`);
const folder = quick ? path.join('bench', 'results', 'quick') : path.join('bench', 'results');

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1];
if (only !== undefined && only !== 'search' && only !== 'send' && only !== 'views') {
  console.error(
    `--only: the steps that run alone are "search", "send" and "views", not "${only}".`,
  );
  process.exit(2);
}

const searchSizes = quick ? [200] : [1000, 10_000];
const searchRounds: SearchRounds = quick
  ? { inProcess: 5, http: 1, typing: 1 }
  : { inProcess: 30, http: 5, typing: 3 };

const buildSite = () =>
  measureCommand('npm', ['run', 'build'], { NEXT_DIST_DIR: distDir, SOURCE_MAPS: '1' });

// Every reader once at 1,000 and 10,000; memory at 100,000 on PostgreSQL; a SIGKILL mid-send.
const sendCases: SendCase[] = quick
  ? [
      { store: 'SQLite', readers: 1_000 },
      { store: 'PostgreSQL', readers: 1_000, killAt: 300 },
    ]
  : [
      { store: 'SQLite', readers: 10_000 },
      { store: 'PostgreSQL', readers: 10_000 },
      { store: 'PostgreSQL', readers: 100_000 },
      { store: 'SQLite', readers: 10_000, killAt: 2_000 },
      { store: 'PostgreSQL', readers: 10_000, killAt: 2_000 },
    ];

// The dashboard at the scale the issue names: 100,000 subscribers, a year of 1,000 articles.
const dashboardScale: DashboardScale = quick
  ? { subscribers: 1_000, articles: 20, days: 30 }
  : { subscribers: 100_000, articles: 1_000, days: 365 };

if (only === 'search') await runSearchAlone();
else if (only === 'send') await runSendAlone();
else if (only === 'views') await runViewsAlone();
else await runEverything();

/** A view answered as counted and missing from the store is a bug, whatever the speed. */
function failOnUncountedViews(results: readonly PageViewResult[]) {
  const wrong = (entry: PageViewResult) =>
    entry.counted < entry.answered || entry.counted > entry.sent;
  for (const result of results.filter(wrong)) {
    console.error(
      `Page views on ${result.store}: ${result.sent} sent, ${result.answered} answered as counted, ${result.counted} in the store`,
    );
    process.exitCode = 1;
  }
}

/** A reader who got no message or two is a bug, whatever the speed: the run fails. */
function failOnMissedOrDoubled(results: readonly SendResult[]) {
  for (const result of results.filter((entry) => entry.missedOrDoubled > 0)) {
    console.error(
      `Newsletter send on ${result.store} (${result.readers} readers): ${result.missedOrDoubled} readers missed or doubled`,
    );
    process.exitCode = 1;
  }
}

async function runSendAlone(): Promise<void> {
  const startedAt = new Date().toISOString();
  step('newsletter send');
  const results: SendBenchResults = {
    startedAt,
    mode: quick ? 'quick' : 'full',
    machine: describeMachine(),
    newsletterSend: await measureNewsletterSend(sendCases, requireTestDatabaseUrl()),
  };
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `send-${startedAt.slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  const markdown = toSendMarkdown(results);
  writeFileSync(path.join(folder, 'send-latest.md'), markdown);
  console.log(`\n${markdown}\nWritten to ${file}`);
  failOnMissedOrDoubled(results.newsletterSend);
}

async function runViewsAlone(): Promise<void> {
  const startedAt = new Date().toISOString();
  step('building the site (sample content, with source maps)');
  await buildSite();
  step('page view beacons');
  const pageViews = await measurePageViews(distDir, quick ? 2 : 10, requireTestDatabaseUrl());
  step('dashboard');
  const dashboard = await measureDashboard(distDir, dashboardScale, requireTestDatabaseUrl());
  const results: ViewsBenchResults = {
    startedAt,
    mode: quick ? 'quick' : 'full',
    machine: describeMachine(),
    pageViews,
    dashboard,
  };
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `views-${startedAt.slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  const markdown = toViewsMarkdown(results);
  writeFileSync(path.join(folder, 'views-latest.md'), markdown);
  console.log(`\n${markdown}\nWritten to ${file}`);
  failOnUncountedViews(pageViews);
}

async function runSearchAlone(): Promise<void> {
  const startedAt = new Date().toISOString();
  // Always afresh: a build left from older code would measure that code.
  step('building the site (sample content, with source maps)');
  await buildSite();
  step('search');
  const results: SearchBenchResults = {
    startedAt,
    mode: quick ? 'quick' : 'full',
    machine: describeMachine(),
    search: await measureSearch(distDir, searchSizes, searchRounds),
  };
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `search-${startedAt.slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  console.log(`\n${toSearchMarkdown(results)}\nWritten to ${file}`);
}

async function runEverything(): Promise<void> {
  const startedAt = new Date().toISOString();

  let siteBuild: BenchResults['siteBuild'] = null;
  if (givenBuild === undefined) {
    step('building the site (sample content, with source maps)');
    const build = await buildSite();
    siteBuild = {
      wallSeconds: build.wallMs / 1000,
      peakMemoryMiB: Math.round(build.peakRssBytes / 2 ** 20),
    };
  }

  const site = await startSite(distDir, () => ({}));
  let pageWeight;
  let lighthouse;
  try {
    step('page weight');
    pageWeight = await measurePageWeight(site.url, pages);
    step('Lighthouse');
    lighthouse = quick
      ? await measureLighthouse(
          site.url,
          [article],
          [{ formFactor: 'mobile', throttling: 'simulate' }],
          1,
        )
      : await measureLighthouse(
          site.url,
          pages,
          [
            { formFactor: 'mobile', throttling: 'simulate' },
            { formFactor: 'mobile', throttling: 'devtools' },
            { formFactor: 'desktop', throttling: 'simulate' },
          ],
          3,
        );
  } finally {
    await site.stop();
  }

  step('serving');
  const serving = await measureServing(distDir, article, quick ? 2 : 10);

  step('newsletter signups');
  const newsletter = await measureNewsletter(distDir, quick ? 2 : 10, requireTestDatabaseUrl());

  step('page view beacons');
  const pageViews = await measurePageViews(distDir, quick ? 2 : 10, requireTestDatabaseUrl());

  step('dashboard');
  const dashboard = await measureDashboard(distDir, dashboardScale, requireTestDatabaseUrl());

  step('newsletter send');
  const newsletterSend = await measureNewsletterSend(sendCases, requireTestDatabaseUrl());

  step('build scale');
  const buildScale = await measureBuildScale(quick ? [50] : [100, 1000, 10_000]);

  step('dev loop');
  const devLoop = await measureDevLoop(quick ? 1 : 5);

  step('search');
  const search = await measureSearch(distDir, searchSizes, searchRounds);

  const results: BenchResults = {
    startedAt,
    mode: quick ? 'quick' : 'full',
    machine: describeMachine(),
    siteBuild,
    pageWeight,
    lighthouse,
    serving,
    newsletter,
    pageViews,
    dashboard,
    newsletterSend,
    buildScale,
    devLoop,
    search,
  };

  mkdirSync(folder, { recursive: true });
  const markdown = toMarkdown(results);
  writeFileSync(
    path.join(folder, `${startedAt.slice(0, 10)}.json`),
    JSON.stringify(results, null, 2),
  );
  writeFileSync(path.join(folder, 'latest.md'), markdown);
  console.log(`\n${markdown}\nWritten to ${folder}/`);

  // Times are only printed; a lost, duplicated or refused signup is a bug, so the run fails.
  const broken = newsletter.filter(
    (result) =>
      result.lostOrDuplicated > 0 ||
      result.errors > 0 ||
      Object.keys(result.statuses).some((status) => !status.startsWith('2')),
  );
  for (const result of broken) {
    console.error(
      `Newsletter on ${result.store}: ${result.lostOrDuplicated} acknowledged signups lost or duplicated, ` +
        `${result.errors} errors or timeouts, responses ${JSON.stringify(result.statuses)}`,
    );
  }
  if (broken.length > 0) process.exitCode = 1;
  failOnMissedOrDoubled(newsletterSend);
  failOnUncountedViews(pageViews);
}
