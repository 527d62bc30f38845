import { site } from '@/lib/site';
import { expect, test } from './fixtures';
import { mailCount } from './mail-catcher';
import { baseURL } from '../../playwright.config';
import { heldUpload } from '../support/held-upload';
import { startNginxRecipe } from '../support/nginx-recipe';
import type { Server } from '../../bench/support/processes';

// deploy/nginx-glowpop.conf, run by Debian's nginx in front of the e2e site's production server.
let nginx: Server;
test.beforeAll(async () => {
  nginx = await startNginxRecipe('.next', Number(new URL(baseURL).port));
});
test.afterAll(() => nginx.stop());

test('a body that never ends is refused with 413 as soon as 16 kB has arrived', async () => {
  for (const path of ['/api/newsletter/subscribe', '/blog']) {
    const answer = await heldUpload(nginx.url, path, {
      headers: path === '/blog' ? { 'Next-Action': 'x' } : {},
    });
    expect(answer.status, path).toBe(413);
    expect(answer.bytesSent, path).toBeLessThan(64 * 1024);
  }
});

test('redirects through the recipe name paths, never the upstream’s own address', async ({
  request,
}) => {
  const location = async (path: string) =>
    (await request.get(nginx.url + path, { maxRedirects: 0 })).headers();
  const unsubscribe = await location('/api/newsletter/unsubscribe?token=abc');
  expect(unsubscribe.location).toBe('/newsletter/unsubscribe?token=abc');
  const trailing = await location('/blog/');
  expect(trailing.location).toBe('/blog');
  expect(trailing['content-security-policy']).toContain("default-src 'self'");
});

test('no crafted header leaves a page where a client navigation’s data belongs', async ({
  request,
}) => {
  // A real client navigation sends RSC: 1 and its router state; an attacker leaves RSC out and
  // glues the 1 to the state instead, which the old cache key could not tell apart.
  const tree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));
  const poison = await request.get(`${nginx.url}/blog`, {
    headers: { 'next-router-state-tree': `1${tree}` },
  });
  expect(poison.headers()['content-type']).toContain('text/html');
  const navigation = await request.get(`${nginx.url}/blog`, {
    headers: { rsc: '1', 'next-router-state-tree': tree },
  });
  expect(navigation.headers()['content-type']).toContain('text/x-component');
  // Plain page views are still cached.
  await request.get(`${nginx.url}/blog`);
  expect((await request.get(`${nginx.url}/blog`)).headers()['x-cache']).toBe('HIT');
});

test('the dashboard is never cached: each request reaches the site', async ({ request }) => {
  for (const path of ['/admin', '/admin/sign-in']) {
    await request.get(nginx.url + path, { maxRedirects: 0 });
    const again = await request.get(nginx.url + path, { maxRedirects: 0 });
    expect(again.headers()['x-cache'], path).toBeUndefined();
  }
});

test('a share card is cached by its path, whatever query string is added', async ({ request }) => {
  const card = `${nginx.url}/blog/the-gut-skin-axis/og.png`;
  await request.get(`${card}?cb=1`);
  const again = await request.get(`${card}?cb=2`);
  expect(again.status()).toBe(200);
  expect(again.headers()['x-cache']).toBe('HIT');
});

test('a request for another host name gets no answer at all', async ({ request }) => {
  await expect(
    request.get(`${nginx.url}/blog`, { headers: { host: 'random.example' } }),
  ).rejects.toThrow();
});

test('a signup flood through the recipe mails one mailbox at most the limit', async ({
  request,
}) => {
  const name = `flood-${Date.now()}`;
  const toVictim = (to: string) => to.startsWith(`${name}+`) && to.endsWith('@example.com');
  const statuses: number[] = [];
  for (let index = 0; index < 60; index++) {
    // Made-up addresses: nginx replaces them with the one it saw, so all 60 come from one client.
    const response = await request.post(`${nginx.url}/api/newsletter/subscribe`, {
      headers: { 'x-forwarded-for': `203.0.113.${index}` },
      data: { email: `${name}+${index}@example.com` },
    });
    statuses.push(response.status());
  }
  // The per-network limit stops the flood; until then, each attempt gets the same answer.
  const accepted = statuses.indexOf(429);
  expect(accepted).toBeGreaterThanOrEqual(0);
  expect(accepted).toBeLessThanOrEqual(site.newsletter.attemptsPerIpPerHour);
  expect(statuses).toEqual([...Array(accepted).fill(200), ...Array(60 - accepted).fill(429)]);
  // And of those accepted, one mailbox (whatever its +tags) gets at most its own limit.
  const mails = Math.min(accepted, site.newsletter.attemptsPerAddressPerHour);
  await expect.poll(() => mailCount(toVictim), { timeout: 10_000 }).toBe(mails);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(mailCount(toVictim)).toBe(mails);
});
