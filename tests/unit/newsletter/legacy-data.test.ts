import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { addressDigest } from '@/lib/newsletter/email-address';
import { openStoreOn } from '@/lib/newsletter/open-store';
import { openPostgresDatabase, openSqliteDatabase } from '@/lib/newsletter/store-database';
import {
  dropSchema,
  recreateSchema,
  uniqueSchema,
  urlForSchema,
} from '../../support/postgres-schema';
import { testDatabaseUrl } from '../../support/test-database';

/**
 * Databases as the two hand-written stores before Kysely left them (made with that code, commit
 * 0e9d9da, and dumped): three subscribers, one pending, one confirmed, one unsubscribed; their
 * consent records and token hashes; mail queued, delivered and failed; a rate-limit attempt.
 */
const fixture = (name: string) =>
  readFileSync(path.join('tests/fixtures/legacy-newsletter', name), 'utf8');

type Legacy = {
  name: string;
  /** Creates the old database; returns how to open it with today's store and read it raw. */
  create(): Promise<{
    open: () => ReturnType<typeof openStoreOn>;
    rows: (query: string) => Promise<Record<string, unknown>[]>;
    cleanUp: () => Promise<void>;
  }>;
};

const sqlite: Legacy = {
  name: 'SQLite',
  async create() {
    const folder = mkdtempSync(path.join(tmpdir(), 'glowpop-legacy-'));
    const file = path.join(folder, 'newsletter.sqlite');
    const setup = new Database(file);
    setup.exec(fixture('sqlite.sql'));
    setup.close();
    return {
      open: () => openStoreOn(openSqliteDatabase(file)),
      async rows(query) {
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare<[], Record<string, unknown>>(query).all();
        } finally {
          db.close();
        }
      },
      cleanUp: async () => rmSync(folder, { recursive: true, force: true }),
    };
  },
};

function postgres(databaseUrl: string): Legacy {
  return {
    name: 'PostgreSQL',
    async create() {
      const schema = uniqueSchema('glowpop_legacy');
      const url = urlForSchema(databaseUrl, schema);
      const withClient = async <T>(work: (client: pg.Client) => Promise<T>) => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          return await work(client);
        } finally {
          await client.end();
        }
      };
      await recreateSchema(databaseUrl, schema);
      await withClient((client) =>
        client.query(fixture('postgres.sql').replaceAll('legacy_newsletter', schema)),
      );
      return {
        open: () => openStoreOn(openPostgresDatabase(url)),
        rows: (query) => withClient(async (client) => (await client.query(query)).rows),
        cleanUp: () => dropSchema(databaseUrl, schema),
      };
    },
  };
}

const databaseUrl = testDatabaseUrl();
const legacies = databaseUrl ? [sqlite, postgres(databaseUrl)] : [sqlite];

const hash = (character: string) => character.repeat(64);
const time = (value: unknown) =>
  new Date(String(value instanceof Date ? value.toISOString() : value)).toISOString();

describe.each(legacies)('a $name database from the store before Kysely', (legacy) => {
  it('opens with every subscriber, consent record, token hash and queued mail intact', async () => {
    const database = await legacy.create();
    try {
      const subscribersBefore = await database.rows('SELECT * FROM subscribers ORDER BY id');
      const mailBefore = await database.rows('SELECT * FROM mail_queue ORDER BY id');
      expect(subscribersBefore).toHaveLength(3);

      let store = await database.open();
      expect(await database.rows('SELECT * FROM subscribers ORDER BY id')).toEqual(
        subscribersBefore.map((row) => ({
          ...row,
          resubscribed_at: null,
          bounced_at: null,
          bounce_reason: null,
          landing_path: null,
          referrer_host: null,
        })),
      );
      // Every row as it was; later migrations only added columns, empty for old rows.
      expect(await database.rows('SELECT * FROM mail_queue ORDER BY id')).toEqual(
        mailBefore.map((row) => ({ ...row, given_up_at: null })),
      );

      expect(await store.subscribers({})).toEqual([
        {
          email: 'Pending.Reader@example.com',
          status: 'pending',
          createdAt: new Date('2025-11-20T09:30:00.000Z'),
          confirmedAt: null,
          unsubscribedAt: null,
          resubscribedAt: null,
          bouncedAt: null,
          sourcePath: '/blog/the-gut-skin-axis',
          landingPath: null,
          referrerHost: null,
          utm: { utm_source: 'instagram', utm_campaign: 'spring' },
          consentAt: new Date('2025-11-20T09:30:00.000Z'),
          consentForm: 'footer',
          consentTextVersion: '2025-01',
        },
        expect.objectContaining({
          email: 'confirmed@example.org',
          status: 'confirmed',
          confirmedAt: new Date('2025-11-20T13:30:00.000Z'),
          consentForm: 'article',
          utm: {},
        }),
        expect.objectContaining({
          email: 'gone@example.net',
          status: 'unsubscribed',
          unsubscribedAt: new Date('2025-11-20T15:30:00.000Z'),
          utm: { utm_medium: 'email' },
        }),
      ]);
      // Queued mail: the delivered message erased, the failed one due again with its attempt.
      expect(await store.dueMail(new Date('2026-01-01T00:00:00Z'), 10)).toEqual([
        {
          id: 1,
          to: 'Pending.Reader@example.com',
          message: expect.stringContaining('token=xa'),
          attempts: 0,
        },
        {
          id: 3,
          to: 'gone@example.net',
          message: expect.stringContaining('token=xc'),
          attempts: 1,
        },
      ]);
      expect(time(mailBefore[2]?.next_attempt_at)).toBe('2025-11-20T17:30:00.000Z');

      // The stored token hashes still work: the old emails' links keep their meaning.
      const later = new Date('2025-11-21T00:00:00Z');
      expect(await store.confirm(hash('a'), later)).toBe('confirmed');
      expect(await store.unsubscribe(hash('B'), later)).toBe('unsubscribed');
      expect(await store.unsubscribe(hash('C'), later)).toBe('already-unsubscribed');

      // The migrations are recorded, and opening again applies none of them twice.
      const applied = await database.rows('SELECT name FROM kysely_migration ORDER BY name');
      expect(applied.map((row) => row.name)).toEqual([
        '0001-subscribers-attempts-and-mail-queue',
        '0002-attempts-by-time',
        '0003-confirmations-by-time',
        '0004-undeliverable-mail',
        '0005-tokens-of-their-own',
        '0006-search-misses',
        '0007-newsletter-sends',
        '0008-admin-sign-in-links',
        '0009-admin-audit',
        '0010-page-views',
        '0011-signup-landing',
        '0012-page-view-rollups',
      ]);
      await store.close();
      store = await database.open();
      expect(await database.rows('SELECT name FROM kysely_migration')).toHaveLength(12);
      expect((await store.subscribers({})).map((subscriber) => subscriber.status)).toEqual([
        'confirmed',
        'unsubscribed',
        'unsubscribed',
      ]);
      // New ids carry on after the old ones; delivered mail keeps neither message nor address.
      expect(await store.enqueueMail('new@example.com', 'Subject: hi', later)).toBe(4);
      await store.markMailSent(4, later);
      expect(
        await database.rows('SELECT to_address, message FROM mail_queue WHERE id = 4'),
      ).toEqual([{ to_address: addressDigest('new@example.com'), message: null }]);
      await store.close();
    } finally {
      await database.cleanUp();
    }
  });
});

describe.runIf(databaseUrl)('PostgreSQL, one database for several lists', () => {
  it('gives each schema its own tables and its own migration log', async () => {
    const first = await postgres(databaseUrl ?? '').create();
    const second = await postgres(databaseUrl ?? '').create();
    try {
      for (const database of [first, second]) {
        const store = await database.open();
        expect(await database.rows('SELECT name FROM kysely_migration')).toHaveLength(12);
        await store.close();
      }
    } finally {
      await first.cleanUp();
      await second.cleanUp();
    }
  });
});
