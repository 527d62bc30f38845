import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import {
  freePort,
  siteServerCommand,
  startServer,
  type Server,
} from '../../bench/support/processes';
import { openSqliteDatabase } from '@/lib/newsletter/store-database';
import { seedConfirmedReaders } from '../support/seed-subscribers';
import { startSmtpInbox } from '../support/smtp-inbox';
import { expect, test } from './fixtures';

const run = promisify(execFile);

// A site of its own (the e2e build, its own list and mail server): a real send goes to every
// confirmed reader, and the shared e2e list's readers must not get it.
test.describe.configure({ mode: 'serial' });

let site: Server;
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let env: Record<string, string>;

test.beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-issue-'));
  const database = openSqliteDatabase(path.join(dataDir, 'newsletter.sqlite'));
  await seedConfirmedReaders(database, 2, 'issue-reader');
  await database.db.destroy();
  inbox = await startSmtpInbox();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  env = { DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: inbox.url, SITE_URL: origin };
  site = await startServer(...siteServerCommand(port), { url: origin, env });
  await run('npm', ['run', '--silent', 'newsletter', '--', 'send', 'hydration-and-your-glow'], {
    env: { ...process.env, ...env },
  });
});

test.afterAll(async () => {
  await site?.stop();
  await inbox?.close();
});

const issueFor = (address: string) => {
  const mail = inbox.received.find((received) => received.to.includes(address));
  if (!mail) throw new Error(`No issue for ${address}`);
  return mail;
};

for (const width of [390, 640]) {
  test(`the issue reads well in a browser at ${width} px: images load, no axe violations, screenshot kept`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(String(issueFor('issue-reader0@example.com').parsed.html), {
      waitUntil: 'load',
    });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hydration and Your Glow/);
    // Every image came from the site by its absolute address, and was drawn.
    const images = await page.locator('img').evaluateAll((elements) =>
      elements.map((image) => ({
        src: (image as HTMLImageElement).src,
        drawn: (image as HTMLImageElement).naturalWidth > 0,
        alt: image.getAttribute('alt'),
      })),
    );
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.src.startsWith(site.url)).toBe(true);
      expect(image.drawn).toBe(true);
      expect(image.alt).not.toBeNull();
    }
    // WCAG alone: landmarks and regions (axe's best practice for pages) mean nothing in a mail client.
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const screenshot = await page.screenshot({
      fullPage: true,
      path: `test-results/screenshots/newsletter-issue-${width}.png`,
    });
    await testInfo.attach(`newsletter-issue-${width}`, {
      body: screenshot,
      contentType: 'image/png',
    });
  });
}

test('“Read on the blog” opens the article with the issue’s campaign', async ({ page }) => {
  await page.setContent(String(issueFor('issue-reader0@example.com').parsed.html));
  const href = await page.getByRole('link', { name: 'Read on the blog' }).getAttribute('href');
  const url = new URL(href ?? '');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    utm_source: 'newsletter',
    utm_medium: 'email',
    utm_campaign: 'hydration-and-your-glow',
  });
  await page.goto(url.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Hydration and Your Glow/);
});

test('the footer’s link and the one-click header each unsubscribe their own reader', async ({
  page,
  request,
}) => {
  await page.setContent(String(issueFor('issue-reader0@example.com').parsed.html));
  // Mail links open in a new tab (target=_blank): follow its address, as that tab would.
  const unsubscribe = await page.getByRole('link', { name: 'Unsubscribe' }).getAttribute('href');
  await page.goto(unsubscribe ?? '');
  await page.getByRole('button', { name: 'Unsubscribe me' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re unsubscribed');

  const raw = issueFor('issue-reader1@example.com').raw.replace(/\r\n\s+/g, ' ');
  const oneClick = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(raw)?.[1];
  if (!oneClick) throw new Error('no List-Unsubscribe header');
  const response = await request.post(oneClick, {
    form: { 'List-Unsubscribe': 'One-Click' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(200);

  const { stdout } = await run(
    'npm',
    ['run', '--silent', 'subscribers', '--', 'export', '--status', 'unsubscribed'],
    { env: { ...process.env, ...env } },
  );
  expect(stdout).toContain('issue-reader0@example.com');
  expect(stdout).toContain('issue-reader1@example.com');
});
