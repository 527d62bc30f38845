/**
 * The newsletter send under faults (part of `npm run test:durability`), with a real SMTP server
 * on loopback and `npm run newsletter -- send` as marketing runs it:
 *
 * - SQLite: 5,000 confirmed readers; the sender is SIGKILLed after ~1,000 deliveries and started
 *   again; ten readers unsubscribe while it runs;
 * - PostgreSQL: the same, with two senders running at once from the start (one of them killed
 *   and restarted);
 * - each time the SMTP server receives exactly one message per reader still subscribed, none for
 *   those who left, and every message carries its reader's own working unsubscribe link.
 *
 * It prints what it checked, and the time to resume after a kill, and exits non-zero if
 * anything failed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStoreOn } from '@/lib/newsletter/open-store';
import {
  openPostgresDatabase,
  openSqliteDatabase,
  type StoreDatabase,
} from '@/lib/newsletter/store-database';
import { hashToken } from '@/lib/newsletter/tokens';
import { recreateSchema, urlForSchema } from '../support/postgres-schema';
import { exited, startNewsletterSender, until } from '../support/newsletter-sender';
import { seedConfirmedReaders } from '../support/seed-subscribers';
import { startSmtpInbox, tokenFrom, type ReceivedMail } from '../support/smtp-inbox';
import { requireTestDatabaseUrl } from '../support/test-database';

const READERS = 5_000;
const KILL_AFTER = 1_000;
const LEAVERS = 10;
const SLUG = 'the-gut-skin-axis';

const failures: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
}

type Target = {
  name: 'SQLite' | 'PostgreSQL';
  env: Record<string, string>;
  open: () => StoreDatabase;
};

async function scenario(target: Target, concurrentSenders: number) {
  console.log(
    `\n${target.name}: ${READERS.toLocaleString('en-US')} readers, ${concurrentSenders} sender(s) at once, one SIGKILLed`,
  );
  const database = target.open();
  const readers = await seedConfirmedReaders(database, READERS);
  await database.db.destroy();
  const leaving = new Set(readers.slice(-LEAVERS).map((reader) => reader.email));

  const inbox = await startSmtpInbox();
  try {
    const senders = Array.from({ length: concurrentSenders }, () =>
      startNewsletterSender(SLUG, { ...target.env, SMTP_URL: inbox.url }),
    );
    const first = senders[0];
    if (!first?.pid) throw new Error('the sender did not start');
    await until(() => inbox.received.length >= KILL_AFTER, 120_000, `${KILL_AFTER} deliveries`);
    process.kill(-first.pid, 'SIGKILL');
    await exited(first);
    const atKill = inbox.received.length;

    const restartedAt = Date.now();
    const restarted = startNewsletterSender(SLUG, { ...target.env, SMTP_URL: inbox.url });
    await until(
      () => inbox.received.length > atKill,
      60_000,
      'the first delivery after the restart',
    );
    const resumeMs = Date.now() - restartedAt;

    // Readers who leave while the restarted sender runs: the last ones, whose turn has not come.
    const store = await openStoreOn(target.open());
    for (const reader of readers.slice(-LEAVERS))
      await store.unsubscribe(hashToken(reader.unsubscribeToken), new Date());
    await store.close();
    const codes = await Promise.all([restarted, ...senders.slice(1)].map(exited));
    check(
      codes.every((code) => code === 0),
      `every sender still running finished cleanly (exit ${codes.join(', ')})`,
    );
    // With a second sender still running, deliveries after the restart are not all its own.
    if (concurrentSenders === 1)
      console.log(
        `  killed after ${atKill} deliveries; the restarted sender delivered again ${resumeMs} ms after starting`,
      );
    else console.log(`  killed after ${atKill} deliveries, while the other sender went on`);

    const perAddress = new Map<string, number>();
    for (const mail of inbox.received)
      for (const to of mail.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    const stillSubscribed = readers.filter((reader) => !leaving.has(reader.email));
    check(
      inbox.received.length === stillSubscribed.length,
      `the SMTP server received ${inbox.received.length} messages for ${stillSubscribed.length} readers still subscribed`,
    );
    check(
      stillSubscribed.every((reader) => perAddress.get(reader.email) === 1),
      'each of them exactly once',
    );
    check(
      [...leaving].every((email) => !perAddress.has(email)),
      `none for the ${LEAVERS} readers who unsubscribed mid-send`,
    );
    await checkUnsubscribeLinks(target, inbox.received);
  } finally {
    await inbox.close();
  }
}

/** Each message's link unsubscribes its own reader: its token belongs to that address. */
async function checkUnsubscribeLinks(target: Target, received: ReceivedMail[]) {
  const database = target.open();
  try {
    const rows = await database.db
      .selectFrom('unsubscribe_tokens')
      .innerJoin('subscribers', 'subscribers.id', 'unsubscribe_tokens.subscriber_id')
      .select(['unsubscribe_tokens.token_hash', 'subscribers.email'])
      .execute();
    const owner = new Map(rows.map((row) => [row.token_hash, row.email]));
    const tokens = received.map((mail) =>
      decodeURIComponent(tokenFrom(mail, '/newsletter/unsubscribe?token=')),
    );
    check(new Set(tokens).size === received.length, 'every message has a link of its own');
    check(
      received.every((mail, index) => owner.get(hashToken(tokens[index] ?? '')) === mail.to[0]),
      'every link unsubscribes the reader it was sent to',
    );
  } finally {
    await database.db.destroy();
  }
}

const sqliteDir = mkdtempSync(path.join(tmpdir(), 'glowpop-send-'));
await scenario(
  {
    name: 'SQLite',
    env: { DATA_DIR: sqliteDir, DATABASE_URL: '' },
    open: () => openSqliteDatabase(path.join(sqliteDir, 'newsletter.sqlite')),
  },
  1,
);

const postgresUrl = urlForSchema(requireTestDatabaseUrl(), 'glowpop_durability_send');
await recreateSchema(requireTestDatabaseUrl(), 'glowpop_durability_send');
await scenario(
  {
    name: 'PostgreSQL',
    env: {
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'glowpop-unused-')),
      DATABASE_URL: postgresUrl,
    },
    open: () => openPostgresDatabase(postgresUrl),
  },
  2,
);

if (failures.length > 0) {
  console.error(
    `\n${failures.length} newsletter send check(s) failed:\n- ${failures.join('\n- ')}`,
  );
  process.exit(1);
}
console.log('\nEvery newsletter send check passed.');
