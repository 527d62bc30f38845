/**
 * The marketing dashboard's pages at scale: 100,000 subscribers signed up over a year, and a
 * year of page-view rows for 1,000 articles (three origins and devices an article a day), on
 * SQLite and on PostgreSQL. Each page is asked for its 90-day view, signed in, one after
 * another: the time to the whole HTML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sealData } from 'iron-session';
import { sql } from 'kysely';
import { ADMIN_COOKIE_NAME } from '../lib/admin/admin-session';
import {
  openPostgresDatabase,
  openSqliteDatabase,
  type StoreDatabase,
} from '../lib/newsletter/store-database';
import { recreateSchema, urlForSchema } from '../tests/support/postgres-schema';
import { seedConfirmedReaders } from '../tests/support/seed-subscribers';
import { generatePosts } from './generate-posts';
import { startSite } from './support/processes';

export type DashboardScale = { subscribers: number; articles: number; days: number };

export type DashboardResult = {
  store: 'SQLite' | 'PostgreSQL';
  pageViewRows: number;
  subscribers: number;
  pages: { path: string; p50Ms: number; maxMs: number }[];
};

const SCHEMA = 'glowpop_bench_dashboard';
const ADMIN = 'marketing@glowpop.example';
const SECRET = 'bench-admin-session-secret-of-32-characters-or-more';
const ROUNDS = 10;

/**
 * A year of views, written by the database itself: for each day and article, three rows (a
 * phone from Instagram's launch campaign, a desktop from search, a tablet with no referrer).
 * Subscribers' signup dates, pages and campaigns are spread the same way.
 */
async function seedFigures(database: StoreDatabase, scale: DashboardScale): Promise<void> {
  await seedConfirmedReaders(database, scale.subscribers, 'bench-reader');
  const { db } = database;
  if (database.dialect === 'sqlite') {
    await sql`
      WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n + 1 < ${scale.days}),
        article(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM article WHERE n + 1 <= ${scale.articles}),
        kind(n, referrer, source, campaign, device) AS (
          VALUES (0, 'l.instagram.com', 'ig', 'launch', 'phone'),
                 (1, 'www.google.com', '', '', 'desktop'),
                 (2, '', '', '', 'tablet'))
      INSERT INTO page_views
      SELECT date('now', '-' || day.n || ' days'), '/blog/generated-post-' || article.n,
             kind.referrer, kind.source, '', kind.campaign, kind.device, 1 + (day.n * article.n) % 7
      FROM day, article, kind`.execute(db);
    await sql`
      UPDATE subscribers SET
        created_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (id % ${scale.days}) || ' days'),
        source_path = '/blog/generated-post-' || (1 + id % ${scale.articles}),
        utm = CASE WHEN id % 3 = 0 THEN '{"utm_source":"ig","utm_campaign":"launch"}' ELSE '{}' END`.execute(
      db,
    );
  } else {
    await sql`
      INSERT INTO page_views
      SELECT to_char(now() AT TIME ZONE 'UTC' - make_interval(days => day), 'YYYY-MM-DD'),
             '/blog/generated-post-' || article, kind.referrer, kind.source, '', kind.campaign,
             kind.device, 1 + (day * article) % 7
      FROM generate_series(0, ${scale.days - 1}) AS day,
           generate_series(1, ${scale.articles}) AS article,
           (VALUES ('l.instagram.com', 'ig', 'launch', 'phone'),
                   ('www.google.com', '', '', 'desktop'),
                   ('', '', '', 'tablet')) AS kind(referrer, source, campaign, device)`.execute(db);
    await sql`
      UPDATE subscribers SET
        created_at = now() - make_interval(days => (id % ${scale.days})::int),
        source_path = '/blog/generated-post-' || (1 + id % ${scale.articles}),
        utm = CASE WHEN id % 3 = 0 THEN '{"utm_source":"ig","utm_campaign":"launch"}'::jsonb
                   ELSE '{}'::jsonb END`.execute(db);
    await sql`ANALYZE`.execute(db);
  }
}

async function timePage(url: string, cookie: string): Promise<{ p50Ms: number; maxMs: number }> {
  const times: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    const html = await response.text();
    if (response.status !== 200 || !html.includes('</html>'))
      throw new Error(`${url} answered ${response.status}`);
    // The first answer warms the process (content read, connections opened): not counted.
    if (round > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    p50Ms: Math.round(times[Math.floor(times.length / 2)] ?? 0),
    maxMs: Math.round(times.at(-1) ?? 0),
  };
}

export async function measureDashboard(
  distDir: string,
  scale: DashboardScale,
  databaseUrl: string | undefined,
): Promise<DashboardResult[]> {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-dashboard-content-'));
  generatePosts(contentDir, scale.articles);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-dashboard-'));
  const stores: {
    store: DashboardResult['store'];
    open: () => StoreDatabase;
    env: Record<string, string>;
  }[] = [
    {
      store: 'SQLite',
      open: () => openSqliteDatabase(path.join(dataDir, 'newsletter.sqlite')),
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
    },
  ];
  if (databaseUrl) {
    await recreateSchema(databaseUrl, SCHEMA);
    const url = urlForSchema(databaseUrl, SCHEMA);
    stores.push({
      store: 'PostgreSQL',
      open: () => openPostgresDatabase(url),
      env: { DATA_DIR: dataDir, DATABASE_URL: url },
    });
  }
  const cookie = `${ADMIN_COOKIE_NAME}=${await sealData(
    { email: ADMIN, expiresAt: Date.now() + 3_600_000 },
    { password: SECRET, ttl: 3600 },
  )}`;
  const results: DashboardResult[] = [];
  try {
    for (const { store, open, env } of stores) {
      const database = open();
      await seedFigures(database, scale);
      const { rows } = await sql<{
        n: number | string;
      }>`SELECT COUNT(*) AS n FROM page_views`.execute(database.db);
      await database.db.destroy();
      const server = await startSite(distDir, (origin) => ({
        ...env,
        CONTENT_DIR: contentDir,
        SITE_URL: origin,
        ADMIN_EMAILS: ADMIN,
        ADMIN_SESSION_SECRET: SECRET,
      }));
      try {
        const pages = [];
        for (const page of [
          '/admin?days=90',
          '/admin/articles?days=90',
          '/admin/articles/generated-post-1?days=90',
          '/admin/campaigns?days=90',
          '/admin/subscribers',
        ]) {
          pages.push({ path: page, ...(await timePage(`${server.url}${page}`, cookie)) });
        }
        results.push({
          store,
          pageViewRows: Number(rows[0]?.n ?? 0),
          subscribers: scale.subscribers,
          pages,
        });
      } finally {
        await server.stop();
      }
    }
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}
