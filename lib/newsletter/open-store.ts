import path from 'node:path';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { NewsletterStore } from './store';

/** Where SQLite keeps the list, and where development mail lands: `./data` unless DATA_DIR. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? 'data');
}

/** PostgreSQL when DATABASE_URL is set (several instances share one list), else SQLite. */
export function describeStore(): string {
  return process.env.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `SQLite (${path.join(dataDir(), 'newsletter.sqlite')})`;
}

export async function openNewsletterStore(): Promise<NewsletterStore> {
  const databaseUrl = process.env.DATABASE_URL;
  return databaseUrl
    ? openPostgresStore(databaseUrl)
    : openSqliteStore(path.join(dataDir(), 'newsletter.sqlite'));
}
