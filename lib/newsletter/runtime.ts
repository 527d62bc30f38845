import { after } from 'next/server';
import { createMailer } from './mailer';
import { deliverDueMail, type NewsletterDeps } from './newsletter';
import { openNewsletterStore } from './open-store';
import type { NewsletterStore } from './store';
import { redactForLog } from './redact';
import { settings } from '@/lib/config';

/** Kept on globalThis so dev-server reloads reuse one store instead of opening another. */
const shared = globalThis as typeof globalThis & {
  glowpopNewsletter?: Promise<NewsletterDeps>;
  glowpopCounting?: Promise<NewsletterStore>;
};

const log = (line: string) => console.log(redactForLog(line));
const logError = (line: string, error: unknown) =>
  console.error(redactForLog(`${line}: ${error instanceof Error ? error.message : String(error)}`));

/**
 * The server's newsletter: one store and mailer per process, opened on first use (migrations
 * run then), and a timer that retries queued mail a failing SMTP server left behind. A store
 * that cannot be opened (database down) is tried again on the next request.
 */
export function getNewsletter(): Promise<NewsletterDeps> {
  shared.glowpopNewsletter ??= (async () => {
    const deps: NewsletterDeps = {
      store: await openNewsletterStore(),
      mailer: createMailer(),
      log,
      // The mail is already queued and committed: the reader gets the answer without waiting
      // for the SMTP server, and a send that fails is retried from the queue.
      afterResponse: (task) =>
        after(() =>
          task().catch((error: unknown) => logError('Newsletter: sending failed', error)),
        ),
    };
    // Every minute by default; the durability test shortens it to see a retry quickly.
    setInterval(() => {
      deliverDueMail(deps).catch((error: unknown) => logError('Newsletter: retry failed', error));
    }, settings().NEWSLETTER_RETRY_INTERVAL_MS).unref();
    return deps;
  })().catch((error: unknown) => {
    shared.glowpopNewsletter = undefined;
    throw error;
  });
  return shared.glowpopNewsletter;
}

/**
 * The page view counter's store: a connection of its own whose commits do not wait for the
 * disk (SQLite's synchronous=NORMAL; PostgreSQL's commits say so themselves). Views are counts
 * arriving by the thousand: a crash of the process loses none, a power cut at most the last
 * moment's, while signups keep waiting for the disk on the main store.
 */
export function getCountingStore(): Promise<NewsletterStore> {
  shared.glowpopCounting ??= openNewsletterStore({ waitForDisk: false }).catch((error: unknown) => {
    shared.glowpopCounting = undefined;
    throw error;
  });
  return shared.glowpopCounting;
}

export type NewsletterUnavailable = { ok: false; status: 503; message: string };

export const TRY_AGAIN_LATER: NewsletterUnavailable = {
  ok: false,
  status: 503,
  message:
    'Sorry, we can’t update the newsletter list right now. Please try again in a few minutes.',
};

/**
 * Runs one newsletter request. When the database cannot be reached or written (stopped,
 * read-only, disk full) the reader is asked to try again later instead of seeing a crash; each
 * store change is one transaction, so a failure leaves nothing half-written.
 */
export async function withNewsletter<T>(
  task: (deps: NewsletterDeps) => Promise<T>,
): Promise<T | NewsletterUnavailable> {
  try {
    return await task(await getNewsletter());
  } catch (error) {
    logError('Newsletter: store unavailable', error);
    return TRY_AGAIN_LATER;
  }
}
