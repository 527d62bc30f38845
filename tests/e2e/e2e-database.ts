import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { openStoreOn } from '@/lib/newsletter/open-store';
import type { NewsletterStore } from '@/lib/newsletter/store';
import {
  openPostgresDatabase,
  openSqliteDatabase,
  type StoreDatabase,
} from '@/lib/newsletter/store-database';
import { recreateSchema, urlForSchema } from '../support/postgres-schema';
import { testDatabaseUrl } from '../support/test-database';

const SCHEMA = 'glowpop_e2e';

/**
 * With TEST_DATABASE_URL set (CI sets it), the e2e site keeps its newsletter list in
 * PostgreSQL, in a schema of its own that every run starts empty; otherwise it uses SQLite
 * in test-results/e2e-data.
 */
export function e2eDatabaseUrl(): string | undefined {
  const base = testDatabaseUrl();
  return base ? urlForSchema(base, SCHEMA) : undefined;
}

export async function resetE2eDatabase(): Promise<void> {
  const base = testDatabaseUrl();
  if (base) await recreateSchema(base, SCHEMA);
}

/** The environment the e2e site and the export command share: the same list. */
export function newsletterStoreEnv(): Record<string, string> {
  return { DATA_DIR: 'test-results/e2e-data', DATABASE_URL: e2eDatabaseUrl() ?? '' };
}

/** The e2e site's database, opened as another program would. */
function openE2eDatabase(): StoreDatabase {
  const url = e2eDatabaseUrl();
  return url
    ? openPostgresDatabase(url)
    : openSqliteDatabase(path.join(newsletterStoreEnv().DATA_DIR ?? '', 'newsletter.sqlite'));
}

/** The e2e site's store, for reading back what it counted. */
export async function withE2eStore<T>(work: (store: NewsletterStore) => Promise<T>): Promise<T> {
  const store = await openStoreOn(openE2eDatabase());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Makes every dashboard sign-in link mailed to `email` expire now, as 15 minutes would. */
export async function expireSignInLinks(email: string): Promise<void> {
  const database = openE2eDatabase();
  try {
    await database.db
      .updateTable('admin_sign_in_links')
      .set({ expires_at: new Date(0).toISOString() })
      .where('email', '=', email)
      .execute();
  } finally {
    await database.db.destroy();
  }
}

/** A subscriber's row of `npm run subscribers -- export`, by column name. */
export async function exportedRow(address: string): Promise<Record<string, string> | undefined> {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['run', '--silent', 'subscribers', '--', 'export'],
    { env: { ...process.env, ...newsletterStoreEnv() } },
  );
  const [header, ...lines] = stdout.trim().split('\r\n');
  const columns = header?.split(',') ?? [];
  const line = lines.find((row) => row.startsWith(`${address},`));
  return line
    ? Object.fromEntries(line.split(',').map((value, index) => [columns[index], value]))
    : undefined;
}
