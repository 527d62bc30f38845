import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { site } from '@/lib/site';
import { expect, test } from './fixtures';
import {
  freePort,
  siteServerCommand,
  startServer,
  type Server,
} from '../../bench/support/processes';
import { heldUpload } from '../support/held-upload';
import { MAIL_PORT } from './mail-catcher';

// `npm start` reached directly, with no proxy in front and none trusted (TRUST_PROXY=0), as on
// a machine where the site is served as it is: a server of its own, so nothing else the suite
// does moves its memory or its rate limits (its list is a SQLite file of its own).
let server: Server;
test.beforeAll(async () => {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  server = await startServer(...siteServerCommand(port), {
    url: origin,
    env: {
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'glowpop-production-server-')),
      DATABASE_URL: '',
      SMTP_URL: `smtp://127.0.0.1:${MAIL_PORT}?ignoreTLS=true`,
      SITE_URL: origin,
      TRUST_PROXY: '0',
    },
  });
});
test.afterAll(() => server.stop());

const MiB = 1024 * 1024;
const UPLOADS = 60;

/** 60 held uploads at once, half to the signup API, half to a server action. */
function uploads(maxBytes: number) {
  const paths = ['/api/newsletter/subscribe', '/blog'];
  return Promise.all(
    Array.from({ length: UPLOADS }, (_, index) => {
      const path = paths[index % paths.length] ?? '/blog';
      return heldUpload(server.url, path, {
        headers: path === '/blog' ? { 'Next-Action': 'x' } : {},
        maxBytes,
      });
    }),
  );
}

test('60 bodies that never end are refused once 16 kB has arrived; memory stays flat', async () => {
  test.setTimeout(120_000);
  // Warm up: the first burst of connections grows the heap once, whatever the bodies' size.
  await uploads(64 * 1024);
  const before = server.rssBytes();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes())), 200);
  // Each would go on to 9.5 MiB, slowly and chunked (no length to refuse it by).
  const answers = await uploads(9.5 * MiB);
  clearInterval(sampler);
  console.log(
    `held uploads: ${UPLOADS} refused after ${Math.max(...answers.map((answer) => answer.bytesSent)) / 1024} kB at most; server memory ${Math.round(before / MiB)} → peak ${Math.round(peak / MiB)} MiB`,
  );
  for (const answer of answers) {
    expect(answer.status).toBe(413);
    // Answered at 16 kB; what was in flight by then is all that was sent.
    expect(answer.bytesSent).toBeLessThan(64 * 1024);
  }
  expect((peak - before) / MiB).toBeLessThan(40);
});

test('a body declared larger than 16 kB is refused before any of it is read', async () => {
  for (const path of ['/api/newsletter/subscribe', '/blog']) {
    const answer = await heldUpload(server.url, path, {
      headers: path === '/blog' ? { 'Next-Action': 'x' } : {},
      declaredLength: 50 * MiB,
    });
    expect(answer.status, path).toBe(413);
    expect(answer.bytesSent, path).toBeLessThan(64 * 1024);
  }
});

test('made-up X-Forwarded-For headers do not make one client many', async ({ request }) => {
  const limit = site.newsletter.attemptsPerIpPerHour;
  const statuses: number[] = [];
  for (let index = 0; index < limit + 10; index++) {
    const response = await request.post(`${server.url}/api/newsletter/subscribe`, {
      headers: { 'x-forwarded-for': `198.51.100.${index}` },
      data: { email: `spoofed-${Date.now()}-${index}@example.com` },
    });
    statuses.push(response.status());
  }
  // Counted on the socket's address, which a client cannot choose.
  expect(statuses).toEqual([...Array(limit).fill(200), ...Array(10).fill(429)]);
});

test('a prerendered page asked again is the same answer, given from memory', async ({
  request,
}) => {
  const article = `${server.url}/blog/the-gut-skin-axis`;
  const ask = async (headers: Record<string, string> = {}) => {
    const response = await request.get(article, { headers });
    const { date: _date, 'transfer-encoding': _chunked, ...rest } = response.headers();
    return { status: response.status(), headers: rest, body: await response.text() };
  };
  const first = await ask();
  // Next streams its answer; the kept one goes out whole, with its length.
  expect(first.headers['content-length']).toBeUndefined();
  const { 'content-length': length, ...again } = (await ask()).headers;
  expect(Number(length)).toBeGreaterThan(0);
  expect(again).toEqual(first.headers);
  expect((await ask()).body).toBe(first.body);
  expect(first.headers['content-security-policy']).toContain("default-src 'self'");

  // A client navigation's data for the same address is never the page, nor the page the data.
  const data = await ask({ rsc: '1' });
  expect(data.headers['content-type']).toContain('text/x-component');
  expect((await ask({ rsc: '1' })).body).toBe(data.body);
  expect((await ask()).body).toBe(first.body);
});
