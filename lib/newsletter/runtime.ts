import { after } from 'next/server';
import { createMailer } from './mailer';
import { deliverDueMail, type NewsletterDeps } from './newsletter';
import { openNewsletterStore } from './open-store';

const RETRY_INTERVAL_MS = 60_000;

/** Kept on globalThis so dev-server reloads reuse one store instead of opening another. */
const shared = globalThis as typeof globalThis & { glowpopNewsletter?: Promise<NewsletterDeps> };

/**
 * The server's newsletter: one store and mailer per process, opened on first use (migrations
 * run then), and a timer that retries queued mail a failing SMTP server left behind.
 */
export function getNewsletter(): Promise<NewsletterDeps> {
  shared.glowpopNewsletter ??= (async () => {
    const deps: NewsletterDeps = {
      store: await openNewsletterStore(),
      mailer: createMailer(),
      log: (line) => console.log(line),
      // The mail is already queued and committed: the reader gets the answer without waiting
      // for the SMTP server, and a send that fails is retried from the queue.
      afterResponse: (task) => after(task),
    };
    setInterval(() => {
      deliverDueMail(deps).catch((error: unknown) =>
        console.error('Newsletter: retry failed', error),
      );
    }, RETRY_INTERVAL_MS).unref();
    return deps;
  })();
  return shared.glowpopNewsletter;
}
