import path from 'node:path';
import { migrateToLatest } from './migrations';
import { newsletterStore } from './newsletter-store';
import type { NewsletterStore } from './store';
import { openPostgresDatabase, openSqliteDatabase, type StoreDatabase } from './store-database';
import { settings } from '@/lib/config';

/** Where SQLite keeps the list, and where development mail lands: `./data` unless DATA_DIR. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ settings().DATA_DIR ?? 'data');
}

/** PostgreSQL when DATABASE_URL is set (several instances share one list), else SQLite. */
export function describeStore(): string {
  return settings().DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `SQLite (${path.join(dataDir(), 'newsletter.sqlite')})`;
}

/** Opens the store on `database`, first bringing its schema up to date. */
export async function openStoreOn(database: StoreDatabase): Promise<NewsletterStore> {
  try {
    await migrateToLatest(database.db, database.dialect);
  } catch (error) {
    await database.db.destroy();
    throw error;
  }
  return newsletterStore(database);
}

/**
 * The configured store. `waitForDisk: false` is for the newsletter sender and the page view
 * counter (getCountingStore). The sender's record of each delivery is committed on SQLite just
 * before the message's final dot, so the time that commit takes is time in which a kill can
 * lose a message; without waiting for the disk it is microseconds. (On PostgreSQL the dot
 * follows the COMMIT without waiting for its answer.)
 */
export async function openNewsletterStore({
  waitForDisk = true,
}: { waitForDisk?: boolean } = {}): Promise<NewsletterStore> {
  const databaseUrl = settings().DATABASE_URL;
  return openStoreOn(
    databaseUrl
      ? openPostgresDatabase(databaseUrl)
      : openSqliteDatabase(path.join(dataDir(), 'newsletter.sqlite'), { waitForDisk }),
  );
}
