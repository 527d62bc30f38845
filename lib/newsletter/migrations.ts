import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import type { NewsletterTables, StoreDialect } from './store-database';

/** The only column types that differ: SQLite keeps times and JSON as text. */
function columnTypes(dialect: StoreDialect) {
  return dialect === 'sqlite'
    ? { id: 'integer', reference: 'integer', time: 'text', json: 'text' }
    : { id: 'bigserial', reference: 'bigint', time: 'timestamptz', json: 'jsonb' };
}

/**
 * Schema versions, applied in name order and recorded by Kysely's migrator (in
 * `kysely_migration`), each once, inside a transaction. Never edit a released migration: add
 * the next one.
 */
function migrations(dialect: StoreDialect): Record<string, Migration> {
  const type = columnTypes(dialect);
  return {
    // The tables as the first store made them (its own log, schema_migrations, said version 1).
    // IF NOT EXISTS adopts such a database as it is, data and all.
    '0001-subscribers-attempts-and-mail-queue': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('subscribers')
          .ifNotExists()
          .addColumn('id', sql.raw(type.id), (column) => column.primaryKey())
          .addColumn('email', 'text', (column) => column.notNull())
          .addColumn('email_key', 'text', (column) => column.notNull().unique())
          .addColumn('status', 'text', (column) =>
            column.notNull().check(sql`status IN ('pending', 'confirmed', 'unsubscribed')`),
          )
          .addColumn('created_at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('updated_at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('confirmed_at', sql.raw(type.time))
          .addColumn('unsubscribed_at', sql.raw(type.time))
          .addColumn('source_path', 'text', (column) => column.notNull())
          .addColumn('utm', sql.raw(type.json), (column) => column.notNull().defaultTo('{}'))
          .addColumn('consent_at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('consent_form', 'text', (column) => column.notNull())
          .addColumn('consent_text_version', 'text', (column) => column.notNull())
          .addColumn('confirm_token_hash', 'text', (column) => column.unique())
          .addColumn('confirm_expires_at', sql.raw(type.time))
          .addColumn('unsubscribe_token_hash', 'text', (column) => column.notNull().unique())
          .addColumn('confirmation_sent_at', sql.raw(type.time), (column) => column.notNull())
          .execute();
        await db.schema
          .createTable('signup_attempts')
          .ifNotExists()
          .addColumn('key', 'text', (column) => column.notNull())
          .addColumn('at', sql.raw(type.time), (column) => column.notNull())
          .execute();
        await db.schema
          .createIndex('signup_attempts_key_at')
          .ifNotExists()
          .on('signup_attempts')
          .columns(['key', 'at'])
          .execute();
        await db.schema
          .createTable('mail_queue')
          .ifNotExists()
          .addColumn('id', sql.raw(type.id), (column) => column.primaryKey())
          .addColumn('to_address', 'text', (column) => column.notNull())
          .addColumn('message', 'text')
          .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('next_attempt_at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('sent_at', sql.raw(type.time))
          .addColumn('last_error', 'text')
          .addColumn('created_at', sql.raw(type.time), (column) => column.notNull())
          .execute();
        await db.schema
          .createIndex('mail_queue_due')
          .ifNotExists()
          .on('mail_queue')
          .column('next_attempt_at')
          .where(sql.ref('sent_at'), 'is', null)
          .execute();
      },
    },
    // Attempts older than the rate-limit window are deleted on every signup, whoever made them:
    // an address or IP that never comes back is not kept.
    '0002-attempts-by-time': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createIndex('signup_attempts_at')
          .on('signup_attempts')
          .column('at')
          .execute();
      },
    },
    // The site-wide cap counts confirmations sent in the last hour.
    '0003-confirmations-by-time': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createIndex('subscribers_confirmation_sent_at')
          .on('subscribers')
          .column('confirmation_sent_at')
          .execute();
      },
    },
    // Mail a server refuses for good (a 5xx), or that failed too often, is given up on.
    '0004-undeliverable-mail': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('mail_queue')
          .addColumn('given_up_at', sql.raw(type.time))
          .execute();
      },
    },
    // Every link a reader was sent keeps its meaning: each confirmation link works until it
    // expires (a resend no longer retires the last one), and every unsubscribe link ever sent
    // keeps working. The tokens move to tables of their own; the old columns stay, unread,
    // since SQLite cannot drop a column with a UNIQUE constraint.
    '0005-tokens-of-their-own': {
      async up(db: Kysely<NewsletterTables>) {
        await db.schema
          .createTable('confirmation_tokens')
          .addColumn('token_hash', 'text', (column) => column.primaryKey())
          .addColumn('subscriber_id', sql.raw(type.reference), (column) =>
            column.notNull().references('subscribers.id'),
          )
          .addColumn('expires_at', sql.raw(type.time), (column) => column.notNull())
          .execute();
        await db.schema
          .createTable('unsubscribe_tokens')
          .addColumn('token_hash', 'text', (column) => column.primaryKey())
          .addColumn('subscriber_id', sql.raw(type.reference), (column) =>
            column.notNull().references('subscribers.id'),
          )
          .execute();
        for (const table of ['confirmation_tokens', 'unsubscribe_tokens']) {
          await db.schema
            .createIndex(`${table}_subscriber`)
            .on(table)
            .column('subscriber_id')
            .execute();
        }
        await db
          .insertInto('confirmation_tokens')
          .columns(['token_hash', 'subscriber_id', 'expires_at'])
          .expression(
            db
              .selectFrom('subscribers')
              .select(['confirm_token_hash', 'id', 'confirm_expires_at'])
              .where('confirm_token_hash', 'is not', null)
              .where('confirm_expires_at', 'is not', null),
          )
          .execute();
        await db
          .insertInto('unsubscribe_tokens')
          .columns(['token_hash', 'subscriber_id'])
          .expression(db.selectFrom('subscribers').select(['unsubscribe_token_hash', 'id']))
          .execute();
        // When a reader who had unsubscribed confirmed again: kept with the unsubscribe date.
        await db.schema
          .alterTable('subscribers')
          .addColumn('resubscribed_at', sql.raw(type.time))
          .execute();
      },
    },
    // Searches readers made that found nothing, for editors (`npm run search -- misses`).
    '0006-search-misses': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('search_misses')
          .addColumn('day', 'text', (column) => column.notNull())
          .addColumn('query', 'text', (column) => column.notNull())
          .addColumn('count', 'integer', (column) => column.notNull())
          .addPrimaryKeyConstraint('search_misses_day_query', ['day', 'query'])
          .execute();
      },
    },
    // Sending articles to the list (`npm run newsletter -- send`): each send of an article,
    // one row per reader it goes to, claimed by one sender at a time; and the addresses a mail
    // server refused for good, which no send goes to again.
    '0007-newsletter-sends': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('subscribers')
          .addColumn('bounced_at', sql.raw(type.time))
          .execute();
        await db.schema.alterTable('subscribers').addColumn('bounce_reason', 'text').execute();
        await db.schema
          .createTable('newsletter_sends')
          .addColumn('id', sql.raw(type.id), (column) => column.primaryKey())
          .addColumn('slug', 'text', (column) => column.notNull())
          .addColumn('edition', 'integer', (column) => column.notNull())
          .addColumn('subject', 'text', (column) => column.notNull())
          .addColumn('intro', 'text')
          .addColumn('format', 'text', (column) =>
            column.notNull().check(sql`format IN ('excerpt', 'full')`),
          )
          .addColumn('recipients', 'integer', (column) => column.notNull())
          .addColumn('created_at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('finished_at', sql.raw(type.time))
          .addUniqueConstraint('newsletter_sends_slug_edition', ['slug', 'edition'])
          .execute();
        await db.schema
          .createTable('newsletter_deliveries')
          .addColumn('id', sql.raw(type.id), (column) => column.primaryKey())
          .addColumn('send_id', sql.raw(type.reference), (column) =>
            column.notNull().references('newsletter_sends.id'),
          )
          .addColumn('subscriber_id', sql.raw(type.reference), (column) =>
            column.notNull().references('subscribers.id'),
          )
          .addColumn('status', 'text', (column) =>
            column
              .notNull()
              .check(sql`status IN ('pending', 'claimed', 'sent', 'bounced', 'failed', 'skipped')`),
          )
          .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('next_attempt_at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('claimed_by', 'text')
          .addColumn('lease_until', sql.raw(type.time))
          .addColumn('sent_at', sql.raw(type.time))
          .addColumn('last_error', 'text')
          .addUniqueConstraint('newsletter_deliveries_send_subscriber', [
            'send_id',
            'subscriber_id',
          ])
          .execute();
        await db.schema
          .createIndex('newsletter_deliveries_send_status')
          .on('newsletter_deliveries')
          .columns(['send_id', 'status', 'id'])
          .execute();
      },
    },
    // The marketing dashboard's sign-in links (ADMIN_EMAILS): only their hashes, each used once.
    '0008-admin-sign-in-links': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('admin_sign_in_links')
          .addColumn('token_hash', 'text', (column) => column.primaryKey())
          .addColumn('email', 'text', (column) => column.notNull())
          .addColumn('expires_at', sql.raw(type.time), (column) => column.notNull())
          .execute();
      },
    },
    // The dashboard's audit trail: who erased a subscriber, and when (never whom).
    '0009-admin-audit': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('admin_audit')
          .addColumn('id', sql.raw(type.id), (column) => column.primaryKey())
          .addColumn('at', sql.raw(type.time), (column) => column.notNull())
          .addColumn('admin_email', 'text', (column) => column.notNull())
          .addColumn('action', 'text', (column) => column.notNull())
          .execute();
      },
    },
    // Page views counted for the dashboard, only ever as totals: a day, a page, where readers
    // came from (a host and the utm fields) and a device class make a row; nothing else is
    // kept. Empty text, not NULL, for "none": the columns make the key.
    '0010-page-views': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('page_views')
          .addColumn('day', 'text', (column) => column.notNull())
          .addColumn('path', 'text', (column) => column.notNull())
          .addColumn('referrer_host', 'text', (column) => column.notNull())
          .addColumn('utm_source', 'text', (column) => column.notNull())
          .addColumn('utm_medium', 'text', (column) => column.notNull())
          .addColumn('utm_campaign', 'text', (column) => column.notNull())
          .addColumn('device', 'text', (column) =>
            column.notNull().check(sql`device IN ('phone', 'tablet', 'desktop')`),
          )
          .addColumn('views', 'integer', (column) => column.notNull())
          .addPrimaryKeyConstraint('page_views_key', [
            'day',
            'path',
            'referrer_host',
            'utm_source',
            'utm_medium',
            'utm_campaign',
            'device',
          ])
          .execute();
        // The dashboard's per-article and per-campaign figures read a period of one of them.
        await db.schema
          .createIndex('page_views_by_path')
          .on('page_views')
          .columns(['path', 'day'])
          .execute();
        await db.schema
          .createIndex('page_views_by_campaign')
          .on('page_views')
          .columns(['utm_campaign', 'day'])
          .execute();
      },
    },
    // Where a subscriber's visit began, when it began on another page than the form's: the
    // landing page (its utm fields are in `utm`) and the host of the site that sent them.
    '0011-signup-landing': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('subscribers').addColumn('landing_path', 'text').execute();
        await db.schema.alterTable('subscribers').addColumn('referrer_host', 'text').execute();
      },
    },
    // The dashboard's most asked totals, kept beside page_views as they are counted: per day
    // and page, and per day and campaign. A period's figures then read a few rows a day
    // instead of every origin and device of every page (1.1 million rows for a year of 1,000
    // articles).
    '0012-page-view-rollups': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('page_view_days')
          .addColumn('day', 'text', (column) => column.notNull())
          .addColumn('path', 'text', (column) => column.notNull())
          .addColumn('views', 'integer', (column) => column.notNull())
          .addPrimaryKeyConstraint('page_view_days_key', ['day', 'path'])
          .execute();
        await db.schema
          .createTable('page_view_campaigns')
          .addColumn('day', 'text', (column) => column.notNull())
          .addColumn('utm_campaign', 'text', (column) => column.notNull())
          .addColumn('utm_source', 'text', (column) => column.notNull())
          .addColumn('utm_medium', 'text', (column) => column.notNull())
          .addColumn('views', 'integer', (column) => column.notNull())
          .addPrimaryKeyConstraint('page_view_campaigns_key', [
            'day',
            'utm_campaign',
            'utm_source',
            'utm_medium',
          ])
          .execute();
        await sql`INSERT INTO page_view_days (day, path, views)
          SELECT day, path, SUM(views) FROM page_views GROUP BY day, path`.execute(db);
        await sql`INSERT INTO page_view_campaigns (day, utm_campaign, utm_source, utm_medium, views)
          SELECT day, utm_campaign, utm_source, utm_medium, SUM(views) FROM page_views
          GROUP BY day, utm_campaign, utm_source, utm_medium`.execute(db);
      },
    },
  };
}

async function currentSchema(db: Kysely<NewsletterTables>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('The PostgreSQL search_path names no schema that exists.');
  return schema;
}

/** Brings the database up to the latest schema; instances starting together wait for each other. */
export async function migrateToLatest(
  db: Kysely<NewsletterTables>,
  dialect: StoreDialect,
): Promise<void> {
  const known = migrations(dialect);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => known },
    // Named outright: the migrator looks for its tables by name in every schema, so in a
    // PostgreSQL database holding several sites' lists (a schema each, chosen by search_path)
    // it would find another list's log and never make this one's.
    migrationTableSchema: dialect === 'postgres' ? await currentSchema(db) : undefined,
  });
  // A newer version (a new server, or `npm run newsletter` from a newer checkout) has moved the
  // schema on. Migrations only ever add, so this version's queries still work: use it as it is
  // rather than refuse the list.
  const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db).then(
    ({ rows }) => rows.map((row) => row.name),
    // No log yet: a new database.
    () => [],
  );
  if (applied.some((name) => !Object.hasOwn(known, name))) return;
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(
      `The newsletter database could not be migrated${failed ? ` (${failed})` : ''}: ${
        error instanceof Error ? error.message : String(error)
      }`,
      { cause: error },
    );
  }
}
