import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { startSmtpInbox } from '../support/smtp-inbox';

/** The e2e site sends mail here (see playwright.config.ts); each message lands as a file. */
export const MAIL_PORT = Number(process.env.E2E_MAIL_PORT ?? 2525);
export const MAIL_DIR = path.resolve(__dirname, '../../test-results/e2e-mail');

export async function startMailCatcher(): Promise<() => Promise<void>> {
  rmSync(MAIL_DIR, { recursive: true, force: true });
  mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const inbox = await startSmtpInbox({
    port: MAIL_PORT,
    onMail: (mail) => {
      count += 1;
      // Written aside, then renamed: a test in another process never reads half a message.
      const file = path.join(MAIL_DIR, `${count}-${mail.to.join(',')}.eml`);
      writeFileSync(`${file}.part`, mail.raw);
      renameSync(`${file}.part`, file);
    },
  });
  return inbox.close;
}

/**
 * Waits for the mail sent to `to` (after the first `skip` of them, in the order they arrived)
 * and returns its text and raw source.
 */
export async function mailTo(to: string, { skip = 0, timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const file = readdirSync(MAIL_DIR)
      .filter((name) => name.endsWith(`-${to}.eml`))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))[skip];
    if (file) {
      const raw = readFileSync(path.join(MAIL_DIR, file), 'utf8');
      const parsed = await simpleParser(raw);
      return { raw, text: parsed.text ?? '', subject: parsed.subject ?? '' };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
}

/** How many mails have arrived for addresses `matches` accepts. */
export function mailCount(matches: (to: string) => boolean): number {
  return readdirSync(MAIL_DIR)
    .filter((name) => name.endsWith('.eml'))
    .filter((name) => matches(name.replace(/^\d+-|\.eml$/g, ''))).length;
}

export function linkIn(text: string, pathPrefix: string): string {
  const match = new RegExp(
    `https?://[^\\s]+${pathPrefix.replace(/[?]/g, '\\?')}[A-Za-z0-9_-]+`,
  ).exec(text);
  if (!match) throw new Error(`No ${pathPrefix} link in:\n${text}`);
  return match[0];
}
