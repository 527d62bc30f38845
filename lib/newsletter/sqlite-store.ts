import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations';
import { planExistingSignup } from './plan-subscribe';
import type {
  NewsletterStore,
  QueuedMail,
  SubscribeOutcome,
  SubscribeRequest,
  SubscriberFilter,
  SubscriberRecord,
  SubscriberStatus,
} from './store';

const iso = (date: Date) => date.toISOString();
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

type SubscriberRow = {
  id: number;
  email: string;
  status: SubscriberStatus;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  source_path: string;
  utm: string;
  consent_at: string;
  consent_form: string;
  consent_text_version: string;
  confirm_expires_at: string | null;
  confirmation_sent_at: string;
};

/**
 * The default store: one SQLite file, nothing to set up. WAL lets readers work while a signup
 * writes; synchronous=FULL makes a committed signup survive a power cut; the busy timeout lets
 * a second process wait its turn instead of failing.
 */
export function openSqliteStore(file: string): NewsletterStore {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  /**
   * SQLite keeps writing through the handle it opened after the file is made read-only, and a
   * root process ignores permissions altogether. Whoever takes write permission away (to freeze
   * the list for a backup or a move) means writes to stop, so each write checks the mode first
   * and resumes by itself once the permission is back.
   */
  function assertWritable() {
    if ((statSync(file).mode & 0o222) === 0) {
      throw new Error(`The newsletter database ${file} is read-only.`);
    }
  }

  const byKey = db.prepare<[string], SubscriberRow>(
    'SELECT * FROM subscribers WHERE email_key = ?',
  );
  const byConfirmToken = db.prepare<[string], SubscriberRow>(
    'SELECT * FROM subscribers WHERE confirm_token_hash = ?',
  );
  const byUnsubscribeToken = db.prepare<[string], SubscriberRow>(
    'SELECT * FROM subscribers WHERE unsubscribe_token_hash = ?',
  );

  const insertMail = db.prepare(
    'INSERT INTO mail_queue (to_address, message, next_attempt_at, created_at) VALUES (?, ?, ?, ?)',
  );
  const queueMail = (to: string, message: string, now: Date, dueAt: Date) =>
    Number(insertMail.run(to, message, iso(dueAt), iso(now)).lastInsertRowid);
  const queueConfirmation = (request: SubscribeRequest) =>
    queueMail(
      request.email.address,
      request.confirmation.message,
      request.now,
      request.confirmation.dueAt,
    );

  // IMMEDIATE takes the write lock up front, so two processes never deadlock upgrading a read.
  const subscribe = db.transaction((request: SubscribeRequest): SubscribeOutcome => {
    const existing = byKey.get(request.email.key);
    const consent = [iso(request.consent.at), request.consent.form, request.consent.textVersion];
    if (!existing) {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO subscribers (email, email_key, status, created_at, updated_at, source_path, utm,
               consent_at, consent_form, consent_text_version, confirm_token_hash, confirm_expires_at,
               unsubscribe_token_hash, confirmation_sent_at)
             VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          request.email.address,
          request.email.key,
          iso(request.now),
          iso(request.now),
          request.source.path,
          JSON.stringify(request.source.utm),
          ...consent,
          request.confirmTokenHash,
          iso(request.confirmExpiresAt),
          request.unsubscribeTokenHash,
          iso(request.now),
        );
      return {
        action: 'send-confirmation',
        subscriberId: Number(lastInsertRowid),
        reason: 'new',
        mailId: queueConfirmation(request),
      };
    }
    const plan = planExistingSignup(
      {
        status: existing.status,
        confirmationSentAt: new Date(existing.confirmation_sent_at),
      },
      request,
    );
    if (plan.action === 'none') return { ...plan, subscriberId: existing.id };
    db.prepare(
      `UPDATE subscribers SET status = 'pending', updated_at = ?, consent_at = ?, consent_form = ?,
             consent_text_version = ?, confirm_token_hash = ?, confirm_expires_at = ?,
             unsubscribe_token_hash = ?, confirmation_sent_at = ?, unsubscribed_at = NULL
           WHERE id = ?`,
    ).run(
      iso(request.now),
      ...consent,
      request.confirmTokenHash,
      iso(request.confirmExpiresAt),
      request.unsubscribeTokenHash,
      iso(request.now),
      existing.id,
    );
    return { ...plan, subscriberId: existing.id, mailId: queueConfirmation(request) };
  });

  const confirm = db.transaction((tokenHash: string, now: Date) => {
    const row = byConfirmToken.get(tokenHash);
    if (!row) return 'unknown' as const;
    if (row.confirm_expires_at !== null && new Date(row.confirm_expires_at) <= now) {
      return 'expired' as const;
    }
    // The token works once: it is cleared as the address is confirmed.
    db.prepare(
      `UPDATE subscribers SET status = 'confirmed', confirmed_at = ?, updated_at = ?,
           confirm_token_hash = NULL, confirm_expires_at = NULL WHERE id = ?`,
    ).run(iso(now), iso(now), row.id);
    return row.status === 'confirmed' ? ('already-confirmed' as const) : ('confirmed' as const);
  });

  const unsubscribe = db.transaction((tokenHash: string, now: Date) => {
    const row = byUnsubscribeToken.get(tokenHash);
    if (!row) return 'unknown' as const;
    if (row.status === 'unsubscribed') return 'already-unsubscribed' as const;
    db.prepare(
      `UPDATE subscribers SET status = 'unsubscribed', unsubscribed_at = ?, updated_at = ?,
           confirm_token_hash = NULL, confirm_expires_at = NULL WHERE id = ?`,
    ).run(iso(now), iso(now), row.id);
    return 'unsubscribed' as const;
  });

  const recordAttempt = db.transaction((key: string, now: Date, windowStart: Date) => {
    db.prepare('DELETE FROM signup_attempts WHERE key = ? AND at < ?').run(key, iso(windowStart));
    db.prepare('INSERT INTO signup_attempts (key, at) VALUES (?, ?)').run(key, iso(now));
    const { count } = db
      .prepare<[string, string], { count: number }>(
        'SELECT COUNT(*) AS count FROM signup_attempts WHERE key = ? AND at >= ?',
      )
      .get(key, iso(windowStart)) ?? { count: 0 };
    return count;
  });

  return {
    async subscribe(request) {
      assertWritable();
      return subscribe.immediate(request);
    },
    async confirm(tokenHash, now) {
      assertWritable();
      return confirm.immediate(tokenHash, now);
    },
    async unsubscribe(tokenHash, now) {
      assertWritable();
      return unsubscribe.immediate(tokenHash, now);
    },
    async recordAttempt(key, now, windowStart) {
      assertWritable();
      return recordAttempt.immediate(key, now, windowStart);
    },
    async enqueueMail(to, message, now, dueAt = now) {
      assertWritable();
      return queueMail(to, message, now, dueAt);
    },
    async dueMail(now, limit) {
      return db
        .prepare<[string, number], QueuedMail>(
          `SELECT id, to_address AS "to", message, attempts FROM mail_queue
           WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
        )
        .all(iso(now), limit);
    },
    async markMailSent(id, now) {
      assertWritable();
      // The message holds a live confirmation link; once delivered it is not kept.
      db.prepare('UPDATE mail_queue SET sent_at = ?, message = NULL WHERE id = ?').run(
        iso(now),
        id,
      );
    },
    async markMailFailed(id, error, retryAt) {
      assertWritable();
      db.prepare(
        'UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?',
      ).run(error, iso(retryAt), id);
    },
    async subscribers(filter: SubscriberFilter): Promise<SubscriberRecord[]> {
      const rows = db
        .prepare<[string | null, string | null, string | null, string | null], SubscriberRow>(
          `SELECT * FROM subscribers WHERE (? IS NULL OR status = ?) AND (? IS NULL OR created_at >= ?)
           ORDER BY created_at, id`,
        )
        .all(
          filter.status ?? null,
          filter.status ?? null,
          filter.since ? iso(filter.since) : null,
          filter.since ? iso(filter.since) : null,
        );
      return rows.map((row) => ({
        email: row.email,
        status: row.status,
        createdAt: new Date(row.created_at),
        confirmedAt: dateOrNull(row.confirmed_at),
        unsubscribedAt: dateOrNull(row.unsubscribed_at),
        sourcePath: row.source_path,
        utm: JSON.parse(row.utm) as SubscriberRecord['utm'],
        consentAt: new Date(row.consent_at),
        consentForm: row.consent_form,
        consentTextVersion: row.consent_text_version,
      }));
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database) {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    }).immediate();
  }
}
