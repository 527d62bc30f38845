/**
 * `npm run search -- misses [--since YYYY-MM-DD]`: what readers searched for and did not find,
 * most frequent first, from whichever store is configured (DATABASE_URL, else SQLite).
 */
import { parseArgs } from 'node:util';
import { describeStore, openNewsletterStore } from '@/lib/newsletter/open-store';
import { settingsOrExit } from '@/lib/config';

// A bad environment variable stops here, with one line naming it.
settingsOrExit();

const USAGE = 'Usage: npm run search -- misses [--since YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { since: { type: 'string' } } });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

if (positionals[0] !== 'misses' || positionals.length > 1) fail('Expected the command "misses".');

const since = values.since;
if (since !== undefined) {
  const day = new Date(`${since}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(since) ||
    Number.isNaN(day.getTime()) ||
    !day.toISOString().startsWith(since)
  ) {
    fail(`--since: expected a date as YYYY-MM-DD, got "${since}".`);
  }
}

const store = await openNewsletterStore();
try {
  const misses = await store.searchMisses(since);
  const from = since ? ` since ${since}` : '';
  if (misses.length === 0) {
    console.log(`No missed searches${from}: every search found something.`);
  } else {
    const width = Math.max(...misses.map((miss) => String(miss.count).length), 5);
    console.log(`${'count'.padStart(width)}  days  last seen   search`);
    for (const miss of misses) {
      // JSON quoting shows what was typed, with control characters and odd spacing visible.
      console.log(
        `${String(miss.count).padStart(width)}  ${String(miss.days).padStart(4)}  ${miss.lastDay}  ${JSON.stringify(miss.query)}`,
      );
    }
    console.error(`${misses.length} missed searches${from}, from ${describeStore()}`);
  }
} finally {
  await store.close();
}
