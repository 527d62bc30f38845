import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type ColumnType,
  type DatabaseConnection,
  type Generated,
  type Transaction,
} from 'kysely';
import pg from 'pg';

/**
 * Times are written as ISO-8601 text, which SQLite keeps as it is and PostgreSQL reads into
 * `timestamptz`; they come back as text or as a Date, and `toDate` takes either.
 */
type Time = ColumnType<string | Date, string, string>;
type MaybeTime = ColumnType<string | Date | null, string | null | undefined, string | null>;
/** Generated ids: a number from SQLite, a string from PostgreSQL's bigint. */
type Id = ColumnType<number | string, never, never>;

/**
 * pending: waiting for its turn (or a retry); claimed: a sender is on it; sent: the mail server
 * was handed the message; bounced: refused for good (5xx); failed: temporary failures until
 * the retries ran out; skipped: the reader unsubscribed or bounced before their turn.
 */
export type DeliveryStatus = 'pending' | 'claimed' | 'sent' | 'bounced' | 'failed' | 'skipped';

/** A reader's device class, from the width of their window: nothing finer is kept. */
export type Device = 'phone' | 'tablet' | 'desktop';

export type NewsletterTables = {
  subscribers: {
    id: Generated<number | string> & Id;
    email: string;
    email_key: string;
    status: 'pending' | 'confirmed' | 'unsubscribed';
    created_at: Time;
    updated_at: Time;
    confirmed_at: MaybeTime;
    unsubscribed_at: MaybeTime;
    source_path: string;
    /** JSON: text in SQLite, `jsonb` (so already parsed when read) in PostgreSQL. */
    utm: ColumnType<string | Record<string, string>, string, string>;
    consent_at: Time;
    consent_form: string;
    consent_text_version: string;
    confirm_token_hash: string | null;
    confirm_expires_at: MaybeTime;
    unsubscribe_token_hash: string;
    confirmation_sent_at: Time;
    resubscribed_at: MaybeTime;
    /** When a mail server refused the address for good; no send goes to it again. */
    bounced_at: MaybeTime;
    bounce_reason: string | null;
    /** The page the reader's visit began on, when not the form's own; null before 0011. */
    landing_path: string | null;
    /** The host of the site that sent them there, if another site did. */
    referrer_host: string | null;
  };
  /** Each send of an article to the list (a second edition only when asked: `--resend`). */
  newsletter_sends: {
    id: Generated<number | string> & Id;
    slug: string;
    edition: number;
    subject: string;
    intro: string | null;
    format: 'excerpt' | 'full';
    /** Readers it was addressed to when it started. */
    recipients: number;
    created_at: Time;
    finished_at: MaybeTime;
  };
  /** One reader of one send: claimed by one sender at a time, and its outcome. */
  newsletter_deliveries: {
    id: Generated<number | string> & Id;
    send_id: number | string;
    subscriber_id: number | string;
    status: DeliveryStatus;
    attempts: Generated<number>;
    next_attempt_at: Time;
    /** The sender working on it, until `lease_until`; after that another may take it over. */
    claimed_by: string | null;
    lease_until: MaybeTime;
    sent_at: MaybeTime;
    last_error: string | null;
  };
  /** Every confirmation link sent and not yet used, each valid until it expires. */
  confirmation_tokens: { token_hash: string; subscriber_id: number | string; expires_at: Time };
  /** Every unsubscribe link ever sent: each keeps working. */
  unsubscribe_tokens: { token_hash: string; subscriber_id: number | string };
  signup_attempts: { key: string; at: Time };
  /** Dashboard sign-in links not used yet; a used or expired one is deleted. */
  admin_sign_in_links: { token_hash: string; email: string; expires_at: Time };
  /** What admins did that must be accountable: who, when and what, never about whom. */
  admin_audit: {
    id: Generated<number | string> & Id;
    at: Time;
    admin_email: string;
    action: string;
  };
  /** Searches that found nothing: the normalized query and a count per day, nothing else. */
  search_misses: { day: string; query: string; count: number };
  /** Page views, counted per day, page, origin and device class; nothing about who. */
  page_views: {
    day: string;
    path: string;
    referrer_host: string;
    utm_source: string;
    utm_medium: string;
    utm_campaign: string;
    device: Device;
    views: number;
  };
  /** page_views summed per day and page (0012), kept as views are counted. */
  page_view_days: { day: string; path: string; views: number };
  /** page_views summed per day and campaign (0012), kept as views are counted. */
  page_view_campaigns: {
    day: string;
    utm_campaign: string;
    utm_source: string;
    utm_medium: string;
    views: number;
  };
  mail_queue: {
    id: Generated<number | string> & Id;
    to_address: string;
    message: string | null;
    attempts: Generated<number>;
    next_attempt_at: Time;
    sent_at: MaybeTime;
    last_error: string | null;
    created_at: Time;
    /** Set when delivery was given up; such mail is never due again. */
    given_up_at: MaybeTime;
  };
};

export type StoreDialect = 'sqlite' | 'postgres';

/**
 * A connection to the newsletter's database, and the little that differs between the two:
 * everything else, queries, transactions and migrations, is written once over Kysely.
 */
export type StoreDatabase = {
  db: Kysely<NewsletterTables>;
  dialect: StoreDialect;
  /**
   * Makes transactions that count or change rows under `key` wait for each other. SQLite's write
   * transactions already run one at a time (they begin IMMEDIATE); PostgreSQL takes an advisory
   * lock held until the transaction ends.
   */
  lockKey(trx: Transaction<NewsletterTables>, key: string): Promise<void>;
  /** Whether reads that decide a write lock their rows (`FOR UPDATE`; SQLite has no such thing). */
  locksRows: boolean;
  /** Throws, naming the reason, when writes must not happen now. */
  assertWritable(): void;
  /**
   * Lets this transaction's commit return before the database has flushed it to disk: a
   * crash of this process loses nothing the database was sent, a power cut may lose the last
   * such commits. PostgreSQL: synchronous_commit off for the transaction; SQLite sets it per
   * connection when opened (openSqliteDatabase's waitForDisk).
   */
  commitWithoutWaitingForDisk(trx: Transaction<NewsletterTables>): Promise<void>;
};

export const toDate = (value: string | Date): Date => new Date(value);

/** One utm_* field of a subscriber's signup source: SQLite keeps JSON as text, PostgreSQL as jsonb. */
export function utmField(dialect: StoreDialect, field: string) {
  return dialect === 'sqlite'
    ? sql<string | null>`json_extract(utm, ${`$.${field}`})`
    : sql<string | null>`utm ->> ${field}`;
}

/** A time column's UTC day as YYYY-MM-DD text: SQLite keeps ISO text, PostgreSQL a timestamptz. */
export function dayOf(
  dialect: StoreDialect,
  column: 'created_at' | 'confirmed_at' | 'unsubscribed_at',
) {
  return dialect === 'sqlite'
    ? sql<string>`substr(${sql.ref(column)}, 1, 10)`
    : sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
}
export const iso = (date: Date): string => date.toISOString();

/**
 * SQLite's default BEGIN takes the write lock only at the first write; two processes that both
 * read first then deadlock upgrading. BEGIN IMMEDIATE takes it up front, so they queue instead
 * (the busy timeout is how long one waits).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite runs DDL inside transactions, so migrations can: two processes never half-migrate. */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SerialSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;
  constructor(database: Database.Database) {
    super({ database });
    this.#database = database;
  }
  override createDriver() {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
  override createAdapter() {
    return new TransactionalSqliteAdapter();
  }
}

/**
 * The default: one SQLite file, nothing to set up. WAL lets readers work while a signup writes;
 * synchronous=FULL makes a committed signup survive a power cut; the busy timeout lets a second
 * process wait its turn instead of failing.
 */
export function openSqliteDatabase(
  file: string,
  { waitForDisk = true }: { waitForDisk?: boolean } = {},
): StoreDatabase {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // NORMAL (the newsletter sender, see commitWithoutWaitingForDisk): in WAL mode a commit still
  // survives the process being killed; only a power cut can lose the last ones.
  database.pragma(waitForDisk ? 'synchronous = FULL' : 'synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<NewsletterTables>({ dialect: new SerialSqliteDialect(database) }),
    dialect: 'sqlite',
    lockKey: async () => {},
    locksRows: false,
    commitWithoutWaitingForDisk: async () => {},
    /**
     * SQLite keeps writing through the handle it opened after the file is made read-only, and a
     * root process ignores permissions altogether. Whoever takes write permission away (to
     * freeze the list for a backup or a move) means writes to stop, so each write checks the
     * mode first and resumes by itself once the permission is back.
     */
    assertWritable() {
      if ((statSync(file).mode & 0o222) === 0) {
        throw new Error(`The newsletter database ${file} is read-only.`);
      }
    },
  };
}

/** The shared store for several server instances (DATABASE_URL). */
export function openPostgresDatabase(connectionString: string): StoreDatabase {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server closes (a restart, a failover) is reported here; unhandled,
  // it would end the whole process. The pool drops it and the next query connects afresh.
  pool.on('error', () => {});
  return {
    db: new Kysely<NewsletterTables>({ dialect: new PostgresDialect({ pool }) }),
    dialect: 'postgres',
    async lockKey(trx, key) {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
    },
    locksRows: true,
    assertWritable() {},
    async commitWithoutWaitingForDisk(trx) {
      await sql`SET LOCAL synchronous_commit TO OFF`.execute(trx);
    },
  };
}
