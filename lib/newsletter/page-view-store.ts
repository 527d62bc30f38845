import type { PageViewStore, ViewDimension } from './store';
import type { Insertable } from 'kysely';
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

/** Page views, kept only as totals per day, page, origin and device class. */
export function pageViewStore(database: StoreDatabase): PageViewStore {
  const { db } = database;

  return {
    async addPageViews(views) {
      if (views.length === 0) return;
      database.assertWritable();
      await db.transaction().execute(async (trx) => {
        for (const day of new Set(views.map((view) => view.day))) {
          // Adds for one day wait for each other, so the cap below is counted right.
          await database.lockKey(trx, `page-views:${day}`);
          const { rowsSoFar } = await trx
            .selectFrom('page_views')
            .select((eb) => eb.fn.countAll<number | string>().as('rowsSoFar'))
            .where('day', '=', day)
            .executeTakeFirstOrThrow();
          const full = Number(rowsSoFar) >= PAGE_VIEW_ROWS_PER_DAY;
          // Rows folded into OTHER may meet: one statement may not update a row twice.
          const rowsOfDay = new Map<string, Insertable<NewsletterTables['page_views']>>();
          for (const view of views.filter((candidate) => candidate.day === day)) {
            const row = {
              day,
              path: view.path,
              referrer_host: full ? OTHER : view.referrerHost,
              utm_source: full ? OTHER : view.utmSource,
              utm_medium: full ? OTHER : view.utmMedium,
              utm_campaign: full ? OTHER : view.utmCampaign,
              device: view.device,
              views: view.views,
            };
            const key = JSON.stringify(KEY_COLUMNS.map((column) => row[column]));
            const same = rowsOfDay.get(key);
            if (same) same.views += row.views;
            else rowsOfDay.set(key, row);
          }
          const rows = [...rowsOfDay.values()];
          // Within SQLite's limit on a statement's parameters.
          for (let start = 0; start < rows.length; start += 500) {
            await trx
              .insertInto('page_views')
              .values(rows.slice(start, start + 500))
              .onConflict((conflict) =>
                conflict.columns(KEY_COLUMNS).doUpdateSet((eb) => ({
                  views: eb('page_views.views', '+', eb.ref('excluded.views')),
                })),
              )
              .execute();
          }
        }
      });
    },

    async viewTotals(since, groupBy, where = {}) {
      let query = db
        .selectFrom('page_views')
        .select([...groupBy])
        .select((eb) => eb.fn.sum<number | string>('views').as('views'))
        .where('day', '>=', since);
      for (const column of KEY_COLUMNS) {
        const value = where[column];
        if (value !== undefined) query = query.where(column, '=', value);
      }
      if (groupBy.length > 0) query = query.groupBy([...groupBy]);
      const rows = await query.orderBy('views', 'desc').execute();
      return rows.map((row) => ({
        key: Object.fromEntries(groupBy.map((column) => [column, String(row[column])])),
        views: Number(row.views ?? 0),
      }));
    },
  };
}
