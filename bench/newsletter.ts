/**
 * Newsletter signups per second through the real endpoint (POST /api/newsletter/subscribe,
 * as the form's direct fallback), 50 clients at once, on SQLite and on PostgreSQL, with
 * confirmation mail going to a real SMTP server on loopback. Then the store is read back: every
 * acknowledged signup must be there exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
import { recreateSchema, urlForSchema } from '../tests/support/postgres-schema';
import { startSmtpInbox } from '../tests/support/smtp-inbox';
import { startSite } from './support/processes';

export type NewsletterResult = {
  store: 'SQLite' | 'PostgreSQL';
  signupsPerSecond: number;
  p99Ms: number;
  acknowledged: number;
  /** Responses by HTTP status, and requests that got none (errors and timeouts). */
  statuses: Record<number, number>;
  errors: number;
  /** Acknowledged signups missing from the store, or stored more than once: must be 0. */
  lostOrDuplicated: number;
};

const SCHEMA = 'glowpop_bench';

async function storedCounts(
  store: NewsletterResult['store'],
  location: string,
): Promise<Map<string, number>> {
  const query = 'SELECT email, COUNT(*) AS n FROM subscribers GROUP BY email';
  let rows: { email: string; n: number | string }[];
  if (store === 'SQLite') {
    const db = new Database(path.join(location, 'newsletter.sqlite'), { readonly: true });
    rows = db.prepare(query).all() as typeof rows;
    db.close();
  } else {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    rows = (await client.query<{ email: string; n: string }>(query)).rows;
    await client.end();
  }
  return new Map(rows.map((row) => [row.email, Number(row.n)]));
}

async function signups(url: string, seconds: number, runId: string) {
  const acknowledged = new Set<string>();
  const statuses: Record<number, number> = {};
  let sequence = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          sequence += 1;
          const email = `reader-${runId}-${sequence}@example.com`;
          Object.assign(context, { email });
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              origin: new URL(url).origin,
              // 50 readers behind the production proxy, each with their own address.
              'x-forwarded-for': `10.${(sequence >> 16) & 255}.${(sequence >> 8) & 255}.${sequence & 255}`,
            },
            body: JSON.stringify({ email }),
          };
        },
        onResponse: (status, _body, context) => {
          const { email } = context as { email?: string };
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 200 && email) acknowledged.add(email);
        },
      },
    ],
  });
  return {
    acknowledged,
    statuses,
    errors: result.errors + result.timeouts,
    p99Ms: result.latency.p99,
  };
}

export async function measureNewsletter(
  distDir: string,
  seconds: number,
  databaseUrl: string | undefined,
): Promise<NewsletterResult[]> {
  const results: NewsletterResult[] = [];
  const inbox = await startSmtpInbox();
  try {
    const stores: { store: NewsletterResult['store']; env: Record<string, string> }[] = [];
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-data-'));
    stores.push({ store: 'SQLite', env: { DATA_DIR: dataDir, DATABASE_URL: '' } });
    if (databaseUrl) {
      await recreateSchema(databaseUrl, SCHEMA);
      stores.push({
        store: 'PostgreSQL',
        env: { DATA_DIR: dataDir, DATABASE_URL: urlForSchema(databaseUrl, SCHEMA) },
      });
    }
    for (const { store, env } of stores) {
      const server = await startSite(distDir, (origin) => ({
        ...env,
        SMTP_URL: inbox.url,
        SITE_URL: origin,
        // A load test: the site-wide cap on confirmations would otherwise refuse it.
        NEWSLETTER_MAILS_PER_HOUR: '1000000',
        // Its readers, all on loopback, come as if through a proxy, each from their own address.
        TRUST_PROXY: '1',
      }));
      try {
        const { acknowledged, statuses, errors, p99Ms } = await signups(
          `${server.url}/api/newsletter/subscribe`,
          seconds,
          `${store.toLowerCase()}-${Date.now()}`,
        );
        const stored = await storedCounts(store, env.DATABASE_URL || dataDir);
        const lostOrDuplicated = [...acknowledged].filter(
          (email) => stored.get(email) !== 1,
        ).length;
        results.push({
          store,
          signupsPerSecond: Math.round(acknowledged.size / seconds),
          p99Ms,
          acknowledged: acknowledged.size,
          statuses,
          errors,
          lostOrDuplicated,
        });
      } finally {
        await server.stop();
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  } finally {
    await inbox.close();
  }
  return results;
}
