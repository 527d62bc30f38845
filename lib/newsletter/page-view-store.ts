import type { PageViewStore, ViewDimension } from './store';
import { sql, type Insertable } from 'kysely';
import type { NewsletterTables, StoreDatabase } from './store-database';

/**
 * Past this many rows in a day, new referrers and campaigns are counted under OTHER: views are
 * counted from requests anyone can forge, and this keeps such a flood from filling the store
 * with rows (the beacon's rate limit keeps it from inflating the counts much).
 */
export const PAGE_VIEW_ROWS_PER_DAY = 50_000;
export const OTHER = '(other)';

const KEY_COLUMNS: readonly ViewDimension[] = [
  'day',
  'path',
  'referrer_host',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'device',
];

/** Rows with the same key as one, their views added up: one statement may not update a row twice. */
function summed<Row extends { views: number }>(rows: readonly Row[], key: (row: Row) => string) {
  const byKey = new Map<string, Row>();
  for (const row of rows) {
    const same = byKey.get(key(row));
    if (same) same.views += row.views;
    else byKey.set(key(row), { ...row });
  }
  return [...byKey.values()];
}

/** Runs `work` on `rows` 500 at a time, within SQLite's limit on a statement's parameters. */
async function inChunks<Row>(rows: readonly Row[], work: (chunk: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += 500) await work(rows.slice(start, start + 500));
}

const DAY_COLUMNS: readonly ViewDimension[] = ['day', 'path'];
const CAMPAIGN_COLUMNS: readonly ViewDimension[] = [
  'day',
  'utm_campaign',
  'utm_source',
  'utm_medium',
];

/**
 * The smallest table that holds every column a question names: the per-day-and-page or
 * per-day-and-campaign sums (kept as views are counted) when they will do, every row else.
 */
function tableFor(columns: readonly ViewDimension[]) {
  if (columns.every((column) => DAY_COLUMNS.includes(column))) return 'page_view_days';
  if (columns.every((column) => CAMPAIGN_COLUMNS.includes(column))) return 'page_view_campaigns';
  return 'page_views';
}

/** Page views, kept only as totals per day, page, origin and device class. */
export function pageViewStore(database: StoreDatabase): PageViewStore {
  const { db } = database;

  return {
    async addPageViews(views) {
      if (views.length === 0) return;
      database.assertWritable();
      await db.transaction().execute(async (trx) => {
        // Counts, by the thousand: see getCountingStore.
        await database.commitWithoutWaitingForDisk(trx);
        for (const day of new Set(views.map((view) => view.day))) {
          // Adds for one day wait for each other, so the cap below is counted right.
          await database.lockKey(trx, `page-views:${day}`);
          const { rowsSoFar } = await trx
            .selectFrom('page_views')
            .select((eb) => eb.fn.countAll<number | string>().as('rowsSoFar'))
            .where('day', '=', day)
            .executeTakeFirstOrThrow();
          const full = Number(rowsSoFar) >= PAGE_VIEW_ROWS_PER_DAY;
          const rows: Insertable<NewsletterTables['page_views']>[] = summed(
            views
              .filter((view) => view.day === day)
              .map((view) => ({
                day,
                path: view.path,
                referrer_host: full ? OTHER : view.referrerHost,
                utm_source: full ? OTHER : view.utmSource,
                utm_medium: full ? OTHER : view.utmMedium,
                utm_campaign: full ? OTHER : view.utmCampaign,
                device: view.device,
                views: view.views,
              })),
            (row) => JSON.stringify(KEY_COLUMNS.map((column) => row[column])),
          );
          await inChunks(rows, (chunk) =>
            trx
              .insertInto('page_views')
              .values(chunk)
              .onConflict((conflict) =>
                conflict.columns(KEY_COLUMNS).doUpdateSet((eb) => ({
                  views: eb('page_views.views', '+', eb.ref('excluded.views')),
                })),
              )
              .execute(),
          );
          const perPage = summed(
            rows.map(({ path, views: count }) => ({ day, path, views: count })),
            (row) => row.path,
          );
          await inChunks(perPage, (chunk) =>
            trx
              .insertInto('page_view_days')
              .values(chunk)
              .onConflict((conflict) =>
                conflict.columns(['day', 'path']).doUpdateSet((eb) => ({
                  views: eb('page_view_days.views', '+', eb.ref('excluded.views')),
                })),
              )
              .execute(),
          );
          const perCampaign = summed(
            rows.map((row) => ({
              day,
              utm_campaign: row.utm_campaign,
              utm_source: row.utm_source,
              utm_medium: row.utm_medium,
              views: row.views,
            })),
            (row) => JSON.stringify([row.utm_campaign, row.utm_source, row.utm_medium]),
          );
          await inChunks(perCampaign, (chunk) =>
            trx
              .insertInto('page_view_campaigns')
              .values(chunk)
              .onConflict((conflict) =>
                conflict
                  .columns(['day', 'utm_campaign', 'utm_source', 'utm_medium'])
                  .doUpdateSet((eb) => ({
                    views: eb('page_view_campaigns.views', '+', eb.ref('excluded.views')),
                  })),
              )
              .execute(),
          );
        }
      });
    },

    async viewTotals(since, groupBy, where = {}) {
      const filters = KEY_COLUMNS.flatMap((column) => {
        const value = where[column];
        return value === undefined ? [] : [{ column, value }];
      });
      const table = tableFor([...groupBy, ...filters.map((filter) => filter.column)]);
      const keys = groupBy.map((column) => sql.ref(column));
      const conditions = [
        sql`day >= ${since}`,
        ...filters.map(({ column, value }) => sql`${sql.ref(column)} = ${value}`),
      ];
      const { rows } = await sql<Record<string, unknown>>`
        SELECT ${sql.join([...keys, sql`SUM(views) AS views`])}
        FROM ${sql.table(table)}
        WHERE ${sql.join(conditions, sql` AND `)}
        ${keys.length > 0 ? sql`GROUP BY ${sql.join(keys)}` : sql``}
        ORDER BY views DESC`.execute(db);
      return rows.map((row) => ({
        key: Object.fromEntries(groupBy.map((column) => [column, String(row[column])])),
        views: Number(row.views ?? 0),
      }));
    },
  };
}
