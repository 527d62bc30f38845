/**
 * Schema versions, applied in order on start and recorded in schema_migrations. Both stores
 * get the same tables; only column types differ (SQLite keeps times as ISO-8601 text).
 * Never edit a released migration: add the next one.
 */
export type Migration = { version: number; sqlite: string; postgres: string };

export const migrations: readonly Migration[] = [
  {
    version: 1,
    sqlite: `
      CREATE TABLE subscribers (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL,
        email_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        confirmed_at TEXT,
        unsubscribed_at TEXT,
        source_path TEXT NOT NULL,
        utm TEXT NOT NULL DEFAULT '{}',
        consent_at TEXT NOT NULL,
        consent_form TEXT NOT NULL,
        consent_text_version TEXT NOT NULL,
        confirm_token_hash TEXT UNIQUE,
        confirm_expires_at TEXT,
        unsubscribe_token_hash TEXT NOT NULL UNIQUE,
        confirmation_sent_at TEXT NOT NULL
      );
      CREATE TABLE signup_attempts (key TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX signup_attempts_key_at ON signup_attempts (key, at);
      CREATE TABLE mail_queue (
        id INTEGER PRIMARY KEY,
        to_address TEXT NOT NULL,
        message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        sent_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE sent_at IS NULL;
    `,
    postgres: `
      CREATE TABLE subscribers (
        id BIGSERIAL PRIMARY KEY,
        email TEXT NOT NULL,
        email_key TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'unsubscribed')),
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        confirmed_at TIMESTAMPTZ,
        unsubscribed_at TIMESTAMPTZ,
        source_path TEXT NOT NULL,
        utm JSONB NOT NULL DEFAULT '{}',
        consent_at TIMESTAMPTZ NOT NULL,
        consent_form TEXT NOT NULL,
        consent_text_version TEXT NOT NULL,
        confirm_token_hash TEXT UNIQUE,
        confirm_expires_at TIMESTAMPTZ,
        unsubscribe_token_hash TEXT NOT NULL UNIQUE,
        confirmation_sent_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE signup_attempts (key TEXT NOT NULL, at TIMESTAMPTZ NOT NULL);
      CREATE INDEX signup_attempts_key_at ON signup_attempts (key, at);
      CREATE TABLE mail_queue (
        id BIGSERIAL PRIMARY KEY,
        to_address TEXT NOT NULL,
        message TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TIMESTAMPTZ NOT NULL,
        sent_at TIMESTAMPTZ,
        last_error TEXT,
        created_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE sent_at IS NULL;
    `,
  },
];
