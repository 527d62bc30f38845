/**
 * Page view beacons per second through the real endpoint (POST /api/views, as the visit script
 * sends them), 50 clients at once, on SQLite and on PostgreSQL. Then the store is read back:
 * every beacon answered 204 must be in the totals, and nothing more.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { recreateSchema, urlForSchema } from '../tests/support/postgres-schema';
import { startSite } from './support/processes';

export type PageViewResult = {
  store: 'SQLite' | 'PostgreSQL';
  beaconsPerSecond: number;
  p99Ms: number;
  /** Beacons sent; those answered 204 must all be counted, and no more than were sent. */
  sent: number;
  answered: number;
  counted: number;
  /** Responses by HTTP status, and requests that got none (errors and timeouts). */
  statuses: Record<number, number>;
  errors: number;
};

const SCHEMA = 'glowpop_bench_views';
// Pages of the sample content, and a few campaigns: the rows a real day fills.
const PAGES = ['/', '/blog', '/blog/the-gut-skin-axis', '/blog/what-are-prebiotics', '/search'];
const CAMPAIGNS = [
  '',
  '?utm_source=ig&utm_medium=bio&utm_campaign=launch',
  '?utm_campaign=article-share',
];
const AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

async function countedViews(store: PageViewResult['store'], location: string): Promise<number> {
  const query = 'SELECT COALESCE(SUM(views), 0) AS n FROM page_views';
  if (store === 'SQLite') {
    const file = path.join(location, 'newsletter.sqlite');
    // No view counted at all: the store was never opened.
    if (!existsSync(file)) return 0;
    const db = new Database(file, { readonly: true });
    const row = db.prepare<[], { n: number }>(query).get();
    db.close();
    return Number(row?.n ?? 0);
  }
  const client = new pg.Client({ connectionString: location });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(query);
  await client.end();
  return Number(rows[0]?.n ?? 0);
}

async function beacons(url: string, seconds: number) {
  const statuses: Record<number, number> = {};
  let sequence = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          sequence += 1;
          const body = new URLSearchParams({
            p: PAGES[sequence % PAGES.length] ?? '/',
            q: CAMPAIGNS[sequence % CAMPAIGNS.length] ?? '',
            r: sequence % 4 === 0 ? 'https://l.instagram.com/' : '',
            w: String(sequence % 3 === 0 ? 1280 : 390),
          });
          return {
            ...request,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              origin: new URL(url).origin,
              'user-agent': AGENT,
            },
            body: body.toString(),
          };
        },
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
        },
      },
    ],
  });
  // Beacons still on their way when the run ends are sent but never answered here.
  return {
    statuses,
    sent: sequence,
    errors: result.errors + result.timeouts,
    p99Ms: result.latency.p99,
  };
}

export async function measurePageViews(
  distDir: string,
  seconds: number,
  databaseUrl: string | undefined,
): Promise<PageViewResult[]> {
  const results: PageViewResult[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-views-'));
  const stores: { store: PageViewResult['store']; env: Record<string, string> }[] = [
    { store: 'SQLite', env: { DATA_DIR: dataDir, DATABASE_URL: '' } },
  ];
  if (databaseUrl) {
    await recreateSchema(databaseUrl, SCHEMA);
    stores.push({
      store: 'PostgreSQL',
      env: { DATA_DIR: dataDir, DATABASE_URL: urlForSchema(databaseUrl, SCHEMA) },
    });
  }
  try {
    for (const { store, env } of stores) {
      const server = await startSite(distDir, (origin) => ({ ...env, SITE_URL: origin }));
      try {
        const { statuses, sent, errors, p99Ms } = await beacons(`${server.url}/api/views`, seconds);
        const answered = statuses[204] ?? 0;
        results.push({
          store,
          beaconsPerSecond: Math.round(answered / seconds),
          p99Ms,
          sent,
          answered,
          counted: await countedViews(store, env.DATABASE_URL || dataDir),
          statuses,
          errors,
        });
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
