/**
 * `npm run subscribers -- export [--status confirmed] [--since 2025-01-01]`: the newsletter
 * list as CSV on stdout, from whichever store is configured (DATABASE_URL, else SQLite).
 */
import { parseArgs } from 'node:util';
import { describeStore, openNewsletterStore } from '@/lib/newsletter/open-store';
import type { SubscriberFilter, SubscriberStatus } from '@/lib/newsletter/store';
import { subscribersCsv } from '@/lib/newsletter/subscribers-csv';
import { settingsOrExit } from '@/lib/config';

// A bad environment variable stops here, with one line naming it.
settingsOrExit();

const STATUSES: readonly SubscriberStatus[] = ['pending', 'confirmed', 'unsubscribed'];
const USAGE =
  'Usage: npm run subscribers -- export [--status pending|confirmed|unsubscribed] [--since YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { status: { type: 'string' }, since: { type: 'string' } },
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (positionals[0] !== 'export' || positionals.length > 1) fail('Expected the command "export".');

const filter: SubscriberFilter = {};
if (values.status !== undefined) {
  const status = STATUSES.find((candidate) => candidate === values.status);
  if (!status) fail(`--status: expected one of ${STATUSES.join(', ')}, got "${values.status}".`);
  filter.status = status;
}
if (values.since !== undefined) {
  const since = new Date(`${values.since}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(since.getTime())) {
    fail(`--since: expected a date as YYYY-MM-DD, got "${values.since}".`);
  }
  filter.since = since;
}

const store = await openNewsletterStore();
try {
  const subscribers = await store.subscribers(filter);
  process.stdout.write(subscribersCsv(subscribers));
  console.error(`${subscribers.length} subscribers from ${describeStore()}`);
} finally {
  await store.close();
}
