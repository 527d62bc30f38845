/**
 * `npm run test:durability`: the newsletter under load and faults, against `npm start` (the
 * production build in .next) with real SQLite, real PostgreSQL and a real SMTP server.
 *
 * - 5,000 distinct signups at 50 concurrent clients, on SQLite and on PostgreSQL: every
 *   acknowledged signup is stored exactly once, with its confirmation queued;
 * - the server SIGKILLed mid-run, then restarted: every acknowledged signup is there, the
 *   database opens cleanly, and signups work again;
 * - the SQLite file made read-only, and PostgreSQL stopped: 503 and a "try again later" in the
 *   form, nothing half-written, and signups work again by themselves once the store is back;
 * - the SMTP server down: signups are kept, and their emails go out once it is back;
 * - and across all of it, the server logs hold no reader's address and no link token.
 *
 * It prints what it checked and exits non-zero if anything failed.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { chromium } from 'playwright';
import {
  freePort,
  siteServerCommand,
  startServer,
  type Server,
} from '../../bench/support/processes';
import { recreateSchema, urlForSchema } from '../support/postgres-schema';
import { startSmtpInbox } from '../support/smtp-inbox';
import { startPrivatePostgres } from '../support/private-postgres';
import { requireTestDatabaseUrl } from '../support/test-database';
import { addressDigest } from '@/lib/newsletter/email-address';

const DIST_DIR = process.env.NEXT_DIST_DIR ?? '.next';
const DATABASE_URL = requireTestDatabaseUrl();
const LOAD_SIGNUPS = 5_000;
const CONCURRENCY = 50;

const failures: string[] = [];
let serverLogs = '';
const everyAcknowledged = new Set<string>();

function check(ok: boolean, what: string) {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
}

type Store = { kind: 'SQLite'; dataDir: string } | { kind: 'PostgreSQL'; url: string };

async function startSite(store: Store, smtpUrl: string): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  return startServer(...siteServerCommand(port), {
    url: origin,
    env: {
      NEXT_DIST_DIR: DIST_DIR,
      SITE_URL: origin,
      SMTP_URL: smtpUrl,
      NEWSLETTER_RETRY_INTERVAL_MS: '2000',
      // Thousands of signups a minute, on purpose: above the site-wide cap readers are refused.
      NEWSLETTER_MAILS_PER_HOUR: '1000000',
      // Its readers, all on loopback, come as if through a proxy, each from their own address.
      TRUST_PROXY: '1',
      ...(store.kind === 'SQLite'
        ? { DATA_DIR: store.dataDir, DATABASE_URL: '' }
        : {
            DATA_DIR: mkdtempSync(path.join(tmpdir(), 'glowpop-unused-')),
            DATABASE_URL: store.url,
          }),
    },
    onOutput: (text) => {
      serverLogs += text;
    },
  });
}

type SignupRun = {
  acknowledged: Set<string>;
  statuses: Record<string, number>;
  messages: Set<string>;
  seconds: number;
};

let clientSequence = 0;

/** `count` distinct signups through the API, `CONCURRENCY` at a time, each from its own IP. */
async function signups(
  origin: string,
  count: number,
  label: string,
  { stop }: { stop?: () => boolean } = {},
): Promise<SignupRun> {
  const run: SignupRun = { acknowledged: new Set(), statuses: {}, messages: new Set(), seconds: 0 };
  const started = performance.now();
  let next = 0;
  const client = async () => {
    while (next < count && !stop?.()) {
      const email = `${label}-${(next += 1)}@example.com`;
      clientSequence += 1;
      let status: string;
      try {
        const response = await fetch(`${origin}/api/newsletter/subscribe`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.${(clientSequence >> 16) & 255}.${(clientSequence >> 8) & 255}.${clientSequence & 255}`,
          },
          body: JSON.stringify({ email }),
        });
        const body = (await response.json()) as { message: string };
        status = String(response.status);
        run.messages.add(body.message);
        if (response.status === 200) {
          run.acknowledged.add(email);
          everyAcknowledged.add(email);
        }
      } catch {
        status = 'no answer';
      }
      run.statuses[status] = (run.statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

type Stored = { subscribers: Map<string, number>; queued: Map<string, number>; unsent: number };

async function stored(store: Store): Promise<Stored> {
  const subscribersQuery = 'SELECT email, COUNT(*) AS n FROM subscribers GROUP BY email';
  const queueQuery =
    'SELECT to_address AS email, COUNT(*) AS n FROM mail_queue GROUP BY to_address';
  const unsentQuery = 'SELECT COUNT(*) AS n FROM mail_queue WHERE sent_at IS NULL';
  type Row = { email: string; n: number | string };
  let rows: [Row[], Row[], { n: number | string }[]];
  if (store.kind === 'SQLite') {
    const db = new Database(path.join(store.dataDir, 'newsletter.sqlite'), { readonly: true });
    const all = (sql: string) => db.prepare<[], Row>(sql).all();
    rows = [all(subscribersQuery), all(queueQuery), all(unsentQuery)];
    db.close();
  } else {
    const client = new pg.Client({ connectionString: store.url });
    await client.connect();
    const all = async (sql: string) => (await client.query<Row>(sql)).rows;
    rows = [await all(subscribersQuery), await all(queueQuery), await all(unsentQuery)];
    await client.end();
  }
  const toMap = (list: Row[]) => new Map(list.map((row) => [row.email, Number(row.n)]));
  return { subscribers: toMap(rows[0]), queued: toMap(rows[1]), unsent: Number(rows[2][0]?.n) };
}

/** Delivered mail keeps a digest of its address; mail still waiting keeps the address. */
const queuedFor = (queued: Map<string, number>, email: string) =>
  (queued.get(email) ?? 0) + (queued.get(addressDigest(email)) ?? 0);

function storedOnce(emails: Set<string>, { subscribers, queued }: Stored): boolean {
  return [...emails].every(
    (email) => subscribers.get(email) === 1 && queuedFor(queued, email) === 1,
  );
}

function describeRun(run: SignupRun): string {
  return `${Object.entries(run.statuses)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ')} in ${run.seconds.toFixed(1)} s`;
}

async function loadTest(store: Store, smtpUrl: string) {
  const server = await startSite(store, smtpUrl);
  try {
    const run = await signups(server.url, LOAD_SIGNUPS, `load-${store.kind.toLowerCase()}`);
    const after = await stored(store);
    check(
      run.acknowledged.size === LOAD_SIGNUPS && storedOnce(run.acknowledged, after),
      `${store.kind}: ${LOAD_SIGNUPS} signups at ${CONCURRENCY} clients (${describeRun(run)}, ${Math.round(run.acknowledged.size / run.seconds)}/s): each acknowledged one stored once, its confirmation queued once`,
    );
  } finally {
    await server.stop();
  }
}

async function killTest(store: Store, smtpUrl: string) {
  let server = await startSite(store, smtpUrl);
  let killed = false;
  const acknowledgedBefore = everyAcknowledged.size;
  const running = signups(server.url, LOAD_SIGNUPS, `kill-${store.kind.toLowerCase()}`, {
    stop: () => killed,
  });
  // Killed in full flow: 500 signups in, 50 more in flight.
  while (everyAcknowledged.size - acknowledgedBefore < 500) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await server.kill();
  killed = true;
  const run = await running;
  server = await startSite(store, smtpUrl);
  try {
    const after = await stored(store);
    check(
      run.acknowledged.size > 0 && storedOnce(run.acknowledged, after),
      `${store.kind}: SIGKILL mid-run (${describeRun(run)}), restarted: all ${run.acknowledged.size} acknowledged signups stored once`,
    );
    if (store.kind === 'SQLite') {
      const db = new Database(path.join(store.dataDir, 'newsletter.sqlite'), { readonly: true });
      const integrity = db.pragma('integrity_check', { simple: true });
      db.close();
      check(integrity === 'ok', `SQLite: integrity_check after the kill says ${String(integrity)}`);
    }
    const again = await signups(server.url, 100, `after-kill-${store.kind.toLowerCase()}`);
    check(
      again.acknowledged.size === 100 && storedOnce(again.acknowledged, await stored(store)),
      `${store.kind}: signups work again after the restart (${describeRun(again)})`,
    );
  } finally {
    await server.stop();
  }
}

/** The footer form, in Chromium, while the store is down: the reader is asked to try later. */
async function formAnswer(origin: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/blog`);
    const form = page.getByRole('form', { name: 'Newsletter signup' });
    await form.getByLabel('Email address').fill('form-while-down@example.com');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const status = form.getByRole('status');
    await status.filter({ hasText: /\w/ }).filter({ hasNotText: 'Signing you up' }).waitFor();
    return (await status.textContent()) ?? '';
  } finally {
    await browser.close();
  }
}

/** Signups while `breakStore` holds, then after `repairStore`: 503s, nothing written, recovery. */
async function outageTest(
  store: Store,
  smtpUrl: string,
  what: string,
  breakStore: () => Promise<void>,
  repairStore: () => Promise<void>,
) {
  const server = await startSite(store, smtpUrl);
  try {
    const before = await signups(server.url, 20, `before-outage-${store.kind.toLowerCase()}`);
    const written = await stored(store);
    await breakStore();
    const during = await signups(server.url, 20, `during-outage-${store.kind.toLowerCase()}`);
    const formText = await formAnswer(server.url);
    await repairStore();
    const afterOutage = await stored(store);
    check(
      before.acknowledged.size === 20 &&
        during.statuses['503'] === 20 &&
        [...during.messages].every((message) => /try again/i.test(message)),
      `${store.kind} ${what}: the API answers 503 "${[...during.messages].join(' / ')}" (${describeRun(during)})`,
    );
    check(/try again/i.test(formText), `${store.kind} ${what}: the form says "${formText}"`);
    check(
      afterOutage.subscribers.size === written.subscribers.size &&
        [...afterOutage.queued.values()].reduce((a, b) => a + b, 0) ===
          [...written.queued.values()].reduce((a, b) => a + b, 0),
      `${store.kind} ${what}: nothing written during the outage (${afterOutage.subscribers.size} subscribers before and after)`,
    );
    const recovered = await signups(server.url, 20, `after-outage-${store.kind.toLowerCase()}`);
    check(
      recovered.acknowledged.size === 20 && storedOnce(recovered.acknowledged, await stored(store)),
      `${store.kind} ${what}: signups work again without a restart once the store is back (${describeRun(recovered)})`,
    );
  } finally {
    await server.stop();
  }
}

async function smtpOutageTest(store: Store) {
  const smtpPort = await freePort();
  const server = await startSite(store, `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`);
  try {
    const run = await signups(server.url, 20, 'smtp-down');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const waiting = await stored(store);
    check(
      run.acknowledged.size === 20 && storedOnce(run.acknowledged, waiting) && waiting.unsent >= 20,
      `SMTP down: ${run.acknowledged.size} signups acknowledged and kept, ${waiting.unsent} emails waiting in the queue`,
    );
    const inbox = await startSmtpInbox({ port: smtpPort });
    const started = performance.now();
    try {
      // The first retry is one minute after a failed send.
      await inbox.waitFor(20, 120_000);
      const recipients = new Set(inbox.received.flatMap((mail) => mail.to));
      check(
        [...run.acknowledged].every((email) => recipients.has(email)),
        `SMTP back: all 20 confirmations delivered ${((performance.now() - started) / 1000).toFixed(0)} s later`,
      );
      return inbox.received.map((mail) => mail.parsed.text ?? '');
    } finally {
      await inbox.close();
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'glowpop-durability-'));
  const sqlite = (name: string): Extract<Store, { kind: 'SQLite' }> => ({
    kind: 'SQLite',
    dataDir: path.join(scratch, name),
  });
  const postgres = async (schema: string): Promise<Store> => {
    await recreateSchema(DATABASE_URL, schema);
    return { kind: 'PostgreSQL', url: urlForSchema(DATABASE_URL, schema) };
  };
  const inbox = await startSmtpInbox();
  try {
    // The SMTP outage waits a minute for the retry: it runs alongside the rest.
    const smtpOutage = smtpOutageTest(sqlite('smtp'));

    await loadTest(sqlite('load'), inbox.url);
    await loadTest(await postgres('glowpop_durability_load'), inbox.url);
    await killTest(sqlite('kill'), inbox.url);
    await killTest(await postgres('glowpop_durability_kill'), inbox.url);

    const readOnly = sqlite('read-only');
    const database = path.join(readOnly.dataDir, 'newsletter.sqlite');
    await outageTest(
      readOnly,
      inbox.url,
      'file made read-only',
      async () => chmodSync(database, 0o444),
      async () => chmodSync(database, 0o644),
    );

    const privatePostgres = await startPrivatePostgres();
    try {
      await outageTest(
        { kind: 'PostgreSQL', url: privatePostgres.url },
        inbox.url,
        'server stopped',
        privatePostgres.stop,
        privatePostgres.start,
      );
    } finally {
      await privatePostgres.remove();
    }

    const delivered = [
      ...(await smtpOutage),
      ...inbox.received.map((mail) => mail.parsed.text ?? ''),
    ];
    const tokens = delivered.flatMap((text) =>
      [...text.matchAll(/token=([A-Za-z0-9_-]{43})/g)].map((match) => match[1] ?? ''),
    );
    const leakedAddresses = [...everyAcknowledged].filter((email) => serverLogs.includes(email));
    const leakedTokens = tokens.filter((token) => serverLogs.includes(token));
    check(
      tokens.length > 0 && leakedAddresses.length === 0 && leakedTokens.length === 0,
      `server logs (${serverLogs.split('\n').length} lines) name none of ${everyAcknowledged.size} addresses and none of ${tokens.length} link tokens`,
    );
  } finally {
    await inbox.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} durability check(s) failed.`);
    process.exitCode = 1;
  } else {
    console.log('\nEvery durability check passed.');
  }
}

await main();
