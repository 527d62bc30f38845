/**
 * Sending an issue to the list (`npm run newsletter -- send`), as marketing runs it, to a real
 * SMTP server on loopback: messages a second with the default connections and no rate limit,
 * the sender's peak memory (it must stay flat however long the list), and the time a sender
 * started again after a SIGKILL takes to deliver again. Every reader must get exactly one
 * message, or the run fails.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  openPostgresDatabase,
  openSqliteDatabase,
  type StoreDatabase,
} from '../lib/newsletter/store-database';
import { recreateSchema, urlForSchema } from '../tests/support/postgres-schema';
import { exited, startNewsletterSender, until } from '../tests/support/newsletter-sender';
import { seedConfirmedReaders } from '../tests/support/seed-subscribers';
import { startSmtpInbox } from '../tests/support/smtp-inbox';

export type SendCase = { store: 'SQLite' | 'PostgreSQL'; readers: number; killAt?: number };

export type SendResult = SendCase & {
  messagesPerSecond: number;
  /** Wall time of the whole command, start to exit (or to the last message, when killed). */
  seconds: number;
  peakRssMiB: number;
  /** With killAt: from starting the sender again to its first delivery. */
  resumeMs?: number;
  /** Readers who got no message, or more than one: must be 0. */
  missedOrDoubled: number;
};

const SCHEMA = 'glowpop_bench_send';
const SLUG = 'the-gut-skin-axis';

/** Resident memory of a process now, from /proc; 0 once it has gone. */
function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function measureCase(sendCase: SendCase, testDatabaseUrl: string): Promise<SendResult> {
  let open: () => StoreDatabase;
  let env: Record<string, string>;
  if (sendCase.store === 'SQLite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-send-'));
    open = () => openSqliteDatabase(path.join(dataDir, 'newsletter.sqlite'));
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  } else {
    await recreateSchema(testDatabaseUrl, SCHEMA);
    const url = urlForSchema(testDatabaseUrl, SCHEMA);
    open = () => openPostgresDatabase(url);
    env = { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'glowpop-unused-')), DATABASE_URL: url };
  }
  const database = open();
  const readers = await seedConfirmedReaders(database, sendCase.readers);
  await database.db.destroy();

  const inbox = await startSmtpInbox({ countOnly: true });
  env.SMTP_URL = inbox.url;
  let peak = 0;
  let firstAt = 0;
  let resumeMs: number | undefined;
  const started = Date.now();
  try {
    let sender = startNewsletterSender(SLUG, env);
    const sample = setInterval(() => {
      if (sender.pid) peak = Math.max(peak, rssBytes(sender.pid));
      if (!firstAt && inbox.counted().count > 0) firstAt = Date.now();
    }, 20);
    try {
      if (sendCase.killAt !== undefined) {
        const { killAt } = sendCase;
        await until(() => inbox.counted().count >= killAt, 600_000, `${killAt} deliveries`);
        if (sender.pid) process.kill(-sender.pid, 'SIGKILL');
        await exited(sender);
        const atKill = inbox.counted().count;
        const restartedAt = Date.now();
        sender = startNewsletterSender(SLUG, env);
        await until(() => inbox.counted().count > atKill, 60_000, 'a delivery after the restart');
        resumeMs = Date.now() - restartedAt;
      }
      await exited(sender);
    } finally {
      clearInterval(sample);
    }
    const finishedAt = Date.now();
    const { count, perRecipient } = inbox.counted();
    const missedOrDoubled = readers.filter((reader) => perRecipient.get(reader.email) !== 1).length;
    return {
      ...sendCase,
      messagesPerSecond: Math.round((count * 1000) / Math.max(1, finishedAt - firstAt)),
      seconds: (finishedAt - started) / 1000,
      peakRssMiB: Math.round(peak / 2 ** 20),
      resumeMs,
      missedOrDoubled,
    };
  } finally {
    await inbox.close();
  }
}

export async function measureNewsletterSend(
  cases: SendCase[],
  testDatabaseUrl: string,
): Promise<SendResult[]> {
  const results: SendResult[] = [];
  for (const sendCase of cases) {
    const result = await measureCase(sendCase, testDatabaseUrl);
    console.log(
      `  ${result.store}, ${result.readers.toLocaleString('en-US')} readers${result.killAt ? `, killed at ${result.killAt}` : ''}: ` +
        `${result.messagesPerSecond} messages/s, peak ${result.peakRssMiB} MiB` +
        `${result.resumeMs !== undefined ? `, delivering again ${result.resumeMs} ms after the restart` : ''}` +
        `, ${result.missedOrDoubled} readers missed or doubled`,
    );
    results.push(result);
  }
  return results;
}
