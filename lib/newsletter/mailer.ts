import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { site } from '@/lib/site';
import { dataDir } from './open-store';
import { settings } from '@/lib/config';

export type Mailer = {
  /** 'smtp' sends for real; 'outbox' writes .eml files for local development. */
  kind: 'smtp' | 'outbox';
  deliver(to: string, message: string): Promise<void>;
  /** Closes pooled connections (tests and shutdown); the mailer is not used afterwards. */
  close(): void;
};

/** The bare address of the From line, for the SMTP envelope. */
export function envelopeFrom(): string {
  return /<([^>]+)>/.exec(site.newsletter.from)?.[1] ?? site.newsletter.from;
}

export function smtpMailer(smtpUrl: string): Mailer {
  // Pooled: a handful of open connections reused by every signup, instead of a new SMTP
  // handshake for each message (the difference between a few and hundreds of signups a second).
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport = nodemailer.createTransport(url.toString());
  return {
    kind: 'smtp',
    async deliver(to, message) {
      await transport.sendMail({ envelope: { from: envelopeFrom(), to }, raw: message });
    },
    close: () => transport.close(),
  };
}

/**
 * Whether the mail server refused the message for good: a 5xx reply (a bad address, a
 * rejected recipient). Trying again would be refused again, forever.
 */
export function isPermanentFailure(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('responseCode' in error)) return false;
  const { responseCode } = error;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

/** Development without SMTP: every message becomes a file a person can open. */
export function outboxMailer(outboxDir: string): Mailer {
  let sequence = 0;
  return {
    kind: 'outbox',
    async deliver(to, message) {
      await mkdir(outboxDir, { recursive: true });
      sequence += 1;
      const safeTo = to.replace(/[^a-zA-Z0-9@.+-]/g, '_');
      const file = path.join(outboxDir, `${Date.now()}-${sequence}-${safeTo}.eml`);
      await writeFile(file, message);
    },
    close: () => {},
  };
}

/** SMTP when SMTP_URL is set; otherwise the ./data/outbox folder. */
export function createMailer(): Mailer {
  const smtpUrl = settings().SMTP_URL;
  return smtpUrl ? smtpMailer(smtpUrl) : outboxMailer(path.join(dataDir(), 'outbox'));
}
