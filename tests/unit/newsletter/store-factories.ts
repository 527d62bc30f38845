import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStoreOn } from '@/lib/newsletter/open-store';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/newsletter/store-database';
import type { NewsletterStore } from '@/lib/newsletter/store';

export type StoreFactory = {
  name: string;
  open: () => Promise<NewsletterStore>;
  cleanUp: () => Promise<void>;
};

function sqliteFactory(): StoreFactory {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'glowpop-store-')), 'newsletter.sqlite');
  return {
    name: 'SQLite',
    open: () => openStoreOn(openSqliteDatabase(file)),
    cleanUp: async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

/** Each run gets its own schema in the test database, dropped afterwards. */
function postgresFactory(databaseUrl: string): StoreFactory {
  const schema = `glowpop_test_${process.pid}_${Date.now()}`;
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const admin = () => new pg.Client({ connectionString: databaseUrl });
  return {
    name: 'PostgreSQL',
    open: async () => {
      const client = admin();
      await client.connect();
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.end();
      return openStoreOn(openPostgresDatabase(url.toString()));
    },
    cleanUp: async () => {
      const client = admin();
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function storeFactories(): StoreFactory[] {
  const factories = [sqliteFactory()];
  if (process.env.TEST_DATABASE_URL) factories.push(postgresFactory(process.env.TEST_DATABASE_URL));
  return factories;
}
