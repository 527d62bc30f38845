import pg from 'pg';
import { migrations } from './migrations';
import { planExistingSignup } from './plan-subscribe';
import type {
  SubscribeRequest,
  NewsletterStore,
  QueuedMail,
  SubscribeOutcome,
  SubscriberRecord,
  SubscriberStatus,
} from './store';

/** Any number serves; it only has to be the same in every instance migrating this database. */
const MIGRATION_LOCK = 20251124;

type SubscriberRow = {
  id: string;
  email: string;
  status: SubscriberStatus;
  created_at: Date;
  confirmed_at: Date | null;
  unsubscribed_at: Date | null;
  source_path: string;
  utm: SubscriberRecord['utm'];
  consent_at: Date;
  consent_form: string;
  consent_text_version: string;
  confirm_expires_at: Date | null;
  confirmation_sent_at: Date;
};

/**
 * The shared store for several server instances (DATABASE_URL). Signups are idempotent through
 * the unique normalised address and INSERT … ON CONFLICT; decisions about an existing address
 * are taken under a row lock (SELECT … FOR UPDATE), so parallel signups cannot race.
 */
export async function openPostgresStore(connectionString: string): Promise<NewsletterStore> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server closes (a restart, a failover) is reported here; unhandled,
  // it would end the whole process. The pool drops it and the next query connects afresh.
  pool.on('error', () => {});
  await migrate(pool);

  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      // A connection that failed mid-transaction is discarded, not returned to the pool.
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw error;
    }
  }

  async function queueMail(
    client: pg.Pool | pg.PoolClient,
    to: string,
    message: string,
    now: Date,
    dueAt: Date,
  ): Promise<number> {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO mail_queue (to_address, message, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [to, message, dueAt, now],
    );
    return Number(rows[0]?.id);
  }
  const queueConfirmation = (client: pg.PoolClient, request: SubscribeRequest) =>
    queueMail(
      client,
      request.email.address,
      request.confirmation.message,
      request.now,
      request.confirmation.dueAt,
    );

  return {
    subscribe: (request) =>
      inTransaction(async (client): Promise<SubscribeOutcome> => {
        const consent = [request.consent.at, request.consent.form, request.consent.textVersion];
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO subscribers (email, email_key, status, created_at, updated_at, source_path, utm,
             consent_at, consent_form, consent_text_version, confirm_token_hash, confirm_expires_at,
             unsubscribe_token_hash, confirmation_sent_at)
           VALUES ($1, $2, 'pending', $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $3)
           ON CONFLICT (email_key) DO NOTHING RETURNING id`,
          [
            request.email.address,
            request.email.key,
            request.now,
            request.source.path,
            JSON.stringify(request.source.utm),
            ...consent,
            request.confirmTokenHash,
            request.confirmExpiresAt,
            request.unsubscribeTokenHash,
          ],
        );
        const newId = inserted.rows[0]?.id;
        if (newId !== undefined) {
          return {
            action: 'send-confirmation',
            subscriberId: Number(newId),
            reason: 'new',
            mailId: await queueConfirmation(client, request),
          };
        }
        const { rows } = await client.query<SubscriberRow>(
          'SELECT * FROM subscribers WHERE email_key = $1 FOR UPDATE',
          [request.email.key],
        );
        const existing = rows[0];
        if (!existing) throw new Error('A conflicting signup disappeared inside its transaction.');
        const subscriberId = Number(existing.id);
        const plan = planExistingSignup(
          { status: existing.status, confirmationSentAt: existing.confirmation_sent_at },
          request,
        );
        if (plan.action === 'none') return { ...plan, subscriberId };
        await client.query(
          `UPDATE subscribers SET status = 'pending', updated_at = $1, consent_at = $2,
               consent_form = $3, consent_text_version = $4, confirm_token_hash = $5,
               confirm_expires_at = $6, unsubscribe_token_hash = $7, confirmation_sent_at = $1,
               unsubscribed_at = NULL
             WHERE id = $8`,
          [
            request.now,
            ...consent,
            request.confirmTokenHash,
            request.confirmExpiresAt,
            request.unsubscribeTokenHash,
            existing.id,
          ],
        );
        return { ...plan, subscriberId, mailId: await queueConfirmation(client, request) };
      }),

    confirm: (tokenHash, now) =>
      inTransaction(async (client) => {
        const { rows } = await client.query<SubscriberRow>(
          'SELECT * FROM subscribers WHERE confirm_token_hash = $1 FOR UPDATE',
          [tokenHash],
        );
        const row = rows[0];
        if (!row) return 'unknown' as const;
        if (row.confirm_expires_at !== null && row.confirm_expires_at <= now)
          return 'expired' as const;
        await client.query(
          `UPDATE subscribers SET status = 'confirmed', confirmed_at = $1, updated_at = $1,
             confirm_token_hash = NULL, confirm_expires_at = NULL WHERE id = $2`,
          [now, row.id],
        );
        return row.status === 'confirmed' ? ('already-confirmed' as const) : ('confirmed' as const);
      }),

    unsubscribe: (tokenHash, now) =>
      inTransaction(async (client) => {
        const { rows } = await client.query<SubscriberRow>(
          'SELECT * FROM subscribers WHERE unsubscribe_token_hash = $1 FOR UPDATE',
          [tokenHash],
        );
        const row = rows[0];
        if (!row) return 'unknown' as const;
        if (row.status === 'unsubscribed') return 'already-unsubscribed' as const;
        await client.query(
          `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = $1, updated_at = $1,
             confirm_token_hash = NULL, confirm_expires_at = NULL WHERE id = $2`,
          [now, row.id],
        );
        return 'unsubscribed' as const;
      }),

    recordAttempt: (key, now, windowStart) =>
      inTransaction(async (client) => {
        // Serialise attempts per key, so parallel requests all see each other's counts.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
        await client.query('DELETE FROM signup_attempts WHERE key = $1 AND at < $2', [
          key,
          windowStart,
        ]);
        await client.query('INSERT INTO signup_attempts (key, at) VALUES ($1, $2)', [key, now]);
        const { rows } = await client.query<{ count: string }>(
          'SELECT COUNT(*) AS count FROM signup_attempts WHERE key = $1 AND at >= $2',
          [key, windowStart],
        );
        return Number(rows[0]?.count ?? 0);
      }),

    enqueueMail: (to, message, now, dueAt = now) => queueMail(pool, to, message, now, dueAt),
    async dueMail(now, limit) {
      const { rows } = await pool.query<QueuedMail & { id: string }>(
        `SELECT id, to_address AS "to", message, attempts FROM mail_queue
         WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT $2`,
        [now, limit],
      );
      return rows.map((row) => ({ ...row, id: Number(row.id) }));
    },
    async markMailSent(id, now) {
      await pool.query('UPDATE mail_queue SET sent_at = $1, message = NULL WHERE id = $2', [
        now,
        id,
      ]);
    },
    async markMailFailed(id, error, retryAt) {
      await pool.query(
        'UPDATE mail_queue SET attempts = attempts + 1, last_error = $1, next_attempt_at = $2 WHERE id = $3',
        [error, retryAt, id],
      );
    },
    async subscribers(filter) {
      const { rows } = await pool.query<SubscriberRow>(
        `SELECT * FROM subscribers
         WHERE ($1::text IS NULL OR status = $1) AND ($2::timestamptz IS NULL OR created_at >= $2)
         ORDER BY created_at, id`,
        [filter.status ?? null, filter.since ?? null],
      );
      return rows.map((row) => ({
        email: row.email,
        status: row.status,
        createdAt: row.created_at,
        confirmedAt: row.confirmed_at,
        unsubscribedAt: row.unsubscribed_at,
        sourcePath: row.source_path,
        utm: row.utm,
        consentAt: row.consent_at,
        consentForm: row.consent_form,
        consentTextVersion: row.consent_text_version,
      }));
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One instance migrates at a time; the others wait, then find nothing left to do.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations',
    );
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [
        migration.version,
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
