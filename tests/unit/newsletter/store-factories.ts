import { afterAll, beforeEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStoreOn } from '@/lib/newsletter/open-store';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/newsletter/store-database';
import type { NewsletterStore } from '@/lib/newsletter/store';
import {
  dropSchema,
  ensureSchema,
  uniqueSchema,
  urlForSchema,
} from '../../support/postgres-schema';
import { testDatabaseUrl } from '../../support/test-database';

export type StoreFactory = {
  name: string;
  open: () => Promise<NewsletterStore>;
  cleanUp: () => Promise<void>;
  /** Runs one SQL statement on the store's database, as another program would. */
  execute: (statement: string) => Promise<void>;
  /** The rows a query returns, read as another program would. */
  rows: (query: string) => Promise<Record<string, unknown>[]>;
  /**
   * The rows another process reads while this one is blocked: what the database holds if this
   * process were killed at this instant, without the chance to send anything more.
   */
  rowsFromAnotherProcess: (query: string) => unknown;
};

/** Runs `script` in a child Node process, blocking this one, and returns what it prints as JSON. */
function blockingChild(script: string, ...args: string[]): unknown {
  const output = execFileSync(process.execPath, ['-e', script, '--', ...args], {
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

function sqliteFactory(): StoreFactory {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'glowpop-store-')), 'newsletter.sqlite');
  return {
    name: 'SQLite',
    open: () => openStoreOn(openSqliteDatabase(file)),
    cleanUp: async () => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    },
    execute: async (statement) => {
      const database = new Database(file);
      try {
        database.exec(statement);
      } finally {
        database.close();
      }
    },
    rows: async (query) => {
      const database = new Database(file, { readonly: true });
      try {
        return database.prepare<[], Record<string, unknown>>(query).all();
      } finally {
        database.close();
      }
    },
    rowsFromAnotherProcess: (query) =>
      blockingChild(
        `const Database = require('better-sqlite3');
         const [file, query] = process.argv.slice(1);
         const database = new Database(file, { readonly: true });
         console.log(JSON.stringify(database.prepare(query).all()));`,
        file,
        query,
      ),
  };
}

async function withClient<T>(
  databaseUrl: string,
  schema: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: urlForSchema(databaseUrl, schema) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Each run gets its own schema in the test database, dropped afterwards. */
function postgresFactory(databaseUrl: string): StoreFactory {
  const schema = uniqueSchema('glowpop_test');
  return {
    name: 'PostgreSQL',
    open: async () => {
      await ensureSchema(databaseUrl, schema);
      return openStoreOn(openPostgresDatabase(urlForSchema(databaseUrl, schema)));
    },
    cleanUp: () => dropSchema(databaseUrl, schema),
    execute: async (statement) => {
      await withClient(databaseUrl, schema, (client) => client.query(statement));
    },
    rows: (query) =>
      withClient(databaseUrl, schema, async (client) => (await client.query(query)).rows),
    rowsFromAnotherProcess: (query) =>
      blockingChild(
        `const pg = require('pg');
         const [url, query] = process.argv.slice(1);
         const client = new pg.Client({ connectionString: url });
         client.connect()
           .then(() => client.query(query))
           .then((result) => console.log(JSON.stringify(result.rows)))
           .finally(() => client.end());`,
        urlForSchema(databaseUrl, schema),
        query,
      ),
  };
}

/** SQLite always; PostgreSQL too when there is a test database (`npm test` always has one). */
export function storeFactories(): StoreFactory[] {
  const factories = [sqliteFactory()];
  const databaseUrl = testDatabaseUrl();
  if (databaseUrl) factories.push(postgresFactory(databaseUrl));
  return factories;
}

/**
 * Inside a `describe`: a fresh, empty store for each test, dropped after the suite. Returns a
 * getter, as the store only exists once a test runs.
 */
export function freshStoreForEachTest(factory: StoreFactory): () => NewsletterStore {
  let store: NewsletterStore | undefined;
  beforeEach(async () => {
    await factory.cleanUp();
    const opened = await factory.open();
    store = opened;
    return () => opened.close();
  });
  afterAll(() => factory.cleanUp());
  return () => {
    if (!store) throw new Error('The store opens before each test, not while tests are listed.');
    return store;
  };
}
