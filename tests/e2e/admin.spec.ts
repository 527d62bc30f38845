import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page, TestInfo } from '@playwright/test';
import { baseURL, E2E_ADMIN_EMAIL } from '../../playwright.config';
import { axeViolations } from './axe-violations';
import { expect, test } from './fixtures';
import { expireSignInLinks, newsletterStoreEnv } from './e2e-database';
import { linkIn, mailCount, mailTo } from './mail-catcher';

const run = promisify(execFile);

// One admin address, one mailbox: tests that sign in read its mail in turn, never each other's.
// Each signs in through the mail and checks pages with axe at two widths: a minute each.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

/** Signs `page` in as the listed admin, through the mailed link. */
async function signIn(page: Page) {
  const before = mailCount((to) => to === E2E_ADMIN_EMAIL);
  await askForLink(page, E2E_ADMIN_EMAIL);
  const mail = await mailTo(E2E_ADMIN_EMAIL, { skip: before });
  await page.goto(linkIn(mail.text, '/admin/sign-in/link?token='));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
}

/** Asks for a sign-in link on the sign-in page, as a person would. */
async function askForLink(page: Page, address: string) {
  await page.goto('/admin/sign-in');
  await page.getByRole('textbox', { name: 'Your work email address' }).fill(address);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'If that address may sign in, a link is on its way. It works once, for 15 minutes.',
  );
}

test('signed out, every dashboard page is a 404, except the sign-in page, and none is indexed', async ({
  request,
}) => {
  for (const path of [
    '/admin',
    '/admin?days=7',
    '/admin/articles',
    '/admin/articles/the-gut-skin-axis',
    '/admin/campaigns',
    '/admin/anything',
  ])
    expect((await request.get(path)).status(), path).toBe(404);
  const signIn = await request.get('/admin/sign-in');
  expect(signIn.status()).toBe(200);
  expect(await signIn.text()).toMatch(/<meta name="robots" content="noindex"/);
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /admin');
});

test('an unlisted address gets the same answer and no mail (axe-clean sign-in page)', async ({
  page,
}, testInfo) => {
  const stranger = `stranger-${Date.now()}@example.com`;
  await askForLink(page, stranger);
  // The answer comes once a listed address's mail is with the mail server, so had one been
  // sent, it would be here by now.
  expect(mailCount((to) => to === stranger)).toBe(0);
  await checkDashboardPage(page, testInfo, 'admin-sign-in');
});

test('a link used after its 15 minutes signs no one in', async ({ page }) => {
  const before = mailCount((to) => to === E2E_ADMIN_EMAIL);
  await askForLink(page, E2E_ADMIN_EMAIL);
  const mail = await mailTo(E2E_ADMIN_EMAIL, { skip: before });
  await expireSignInLinks(E2E_ADMIN_EMAIL);
  await page.goto(linkIn(mail.text, '/admin/sign-in/link?token='));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('status')).toContainText('That sign-in link has expired');
  expect((await page.request.get('/admin')).status()).toBe(404);
});

test('a listed address gets a link that signs in once; signing out ends it', async ({
  page,
  browser,
}, testInfo) => {
  const before = mailCount((to) => to === E2E_ADMIN_EMAIL);
  await askForLink(page, E2E_ADMIN_EMAIL);
  expect(mailCount((to) => to === E2E_ADMIN_EMAIL)).toBe(before + 1);
  const mail = await mailTo(E2E_ADMIN_EMAIL, { skip: before });
  const link = linkIn(mail.text, '/admin/sign-in/link?token=');

  // Opening the link (as a mail scanner would) signs no one in; the button does.
  await page.goto(link);
  expect((await page.request.get('/admin')).status()).toBe(404);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.getByText(E2E_ADMIN_EMAIL)).toBeVisible();

  const cookie = (await page.context().cookies()).find((entry) => entry.name === 'glowpop_admin');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/admin' });
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 11 * 3600);
  expect(cookie?.expires).toBeLessThan(Date.now() / 1000 + 13 * 3600);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scroll at ${width} px`).toBe(0);
    const screenshot = await page.screenshot({
      fullPage: true,
      path: `test-results/screenshots/admin-overview-${width}.png`,
    });
    await testInfo.attach(`admin-overview-${width}`, {
      body: screenshot,
      contentType: 'image/png',
    });
  }

  // The period follows the address, and the chart's table has a row per day.
  await page.getByRole('link', { name: '7 days' }).click();
  await expect(page.getByRole('link', { name: '7 days' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.admin-table').first().locator('tbody tr')).toHaveCount(7);
  await expect(
    page.getByRole('img', { name: /Signups, confirmations and unsubscribes per day/ }),
  ).toBeVisible();

  // The same link, in another browser: spent.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await otherPage.getByRole('button', { name: 'Sign in' }).click();
  await expect(otherPage.getByRole('status')).toContainText('has been used already');
  expect((await otherPage.request.get('/admin')).status()).toBe(404);
  await other.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  expect((await page.request.get('/admin')).status()).toBe(404);
});

test('the subscriber list filters, downloads as CSV and erases one person on request', async ({
  page,
  request,
}, testInfo) => {
  const campaign = `list-test-${Date.now()}`;
  const readers = [`first-${campaign}@example.com`, `second-${campaign}@example.com`];
  for (const email of readers) {
    const response = await request.post('/api/newsletter/subscribe', {
      data: { email, source_path: '/blog/the-gut-skin-axis', utm_campaign: campaign },
    });
    expect(response.status()).toBe(200);
  }

  await signIn(page);
  await page.getByRole('link', { name: 'Subscribers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscribers');
  await page.getByLabel('Campaign').fill(campaign);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('2 subscribers');
  const rows = page.getByRole('region', { name: 'Subscribers' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await checkDashboardPage(page, testInfo, 'admin-subscribers');
  await page.setViewportSize({ width: 1280, height: 900 });

  // The CSV is the CLI export's, filtered the same way.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download these as CSV' }).click(),
  ]);
  const csv = readFileSync((await download.path()) ?? '', 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toMatch(/^email,status,created_at,/);
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(readers);

  // Erasing needs the box ticked; then the person is gone from the list and the export.
  const first = rows.filter({ hasText: readers[0] });
  await first.getByText('Erase…').click();
  await first.getByRole('checkbox').check();
  await first.getByRole('button', { name: 'Erase' }).click();
  await expect(page.getByRole('status')).toContainText('Erased');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('1 subscriber');
  const { stdout } = await run('npm', ['run', '--silent', 'subscribers', '--', 'export'], {
    env: { ...process.env, ...newsletterStoreEnv() },
  });
  expect(stdout).not.toContain(readers[0]);
  expect(stdout).toContain(readers[1]);

  // Signed out, the CSV is a 404 like every dashboard page; a foreign site's POST is refused.
  expect((await request.get('/admin/subscribers/export')).status()).toBe(404);
  const forged = await request.post('/admin/subscribers', {
    headers: { origin: 'https://attacker.example', 'next-action': '0'.repeat(42) },
    multipart: { email: readers[1] ?? '', confirm: 'yes' },
  });
  expect(forged.status()).toBe(403);
});

/** A reader's browser as the beacon endpoint sees it (Playwright's own says HeadlessChrome). */
const READER = {
  origin: baseURL,
  'user-agent':
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

test('articles and campaigns show the views and signups counted, and nothing about anyone', async ({
  page,
  request,
}, testInfo) => {
  const campaign = `views-test-${Date.now()}`;
  const landing = `/?utm_source=e2e&utm_medium=test&utm_campaign=${campaign}`;
  const beacon = (form: Record<string, string>, headers: Record<string, string> = READER) =>
    request.post('/api/views', { form, headers });
  const article = {
    p: '/blog/the-gut-skin-axis',
    q: `?utm_source=e2e&utm_medium=test&utm_campaign=${campaign}`,
    r: 'https://l.instagram.com/',
  };
  for (const w of ['390', '390', '390', '1280'])
    expect((await beacon({ ...article, w })).status()).toBe(204);

  // Not counted: a crawler, a prefetch, a page the site does not have. Refused: bad fields,
  // another site's page, a body no beacon needs.
  expect(
    (await beacon({ ...article, w: '390' }, { ...READER, 'user-agent': 'Googlebot/2.1' })).status(),
  ).toBe(204);
  expect(
    (await beacon({ ...article, w: '390' }, { ...READER, 'sec-purpose': 'prefetch' })).status(),
  ).toBe(204);
  expect((await beacon({ ...article, p: '/wp-login.php', w: '390' })).status()).toBe(204);
  const bad = await beacon({ ...article, w: 'wide' });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    ok: false,
    message: 'Send the window’s width as `w`, a number.',
  });
  expect(
    (
      await beacon({ ...article, w: '390' }, { ...READER, origin: 'https://elsewhere.example' })
    ).status(),
  ).toBe(403);
  expect((await beacon({ ...article, r: 'x'.repeat(3000), w: '390' })).status()).toBe(413);

  // A reader who landed from the campaign and signed up two pages on.
  const signup = await request.post('/api/newsletter/subscribe', {
    data: {
      email: `reader-${campaign}@example.com`,
      source_path: '/blog/the-gut-skin-axis',
      visit: JSON.stringify({ l: landing, r: 'https://l.instagram.com/' }),
    },
  });
  expect(signup.status()).toBe(200);

  await signIn(page);
  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Campaigns' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Campaigns');
  const row = page.getByRole('row', { name: new RegExp(campaign) });
  await expect(row.getByRole('rowheader')).toHaveText(`${campaign} (e2e / test)`);
  await expect(row.getByRole('cell')).toHaveText(['4', '1', '0']);
  await checkDashboardPage(page, testInfo, 'admin-campaigns');

  await page
    .getByRole('navigation', { name: 'Dashboard' })
    .getByRole('link', { name: 'Articles' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  await checkDashboardPage(page, testInfo, 'admin-articles');
  await page.getByRole('link', { name: /The Gut-Skin Axis/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The Gut-Skin Axis/);
  await expect(
    page
      .getByRole('region', { name: 'Views by campaign' })
      .getByRole('row', { name: new RegExp(campaign) }),
  ).toContainText(`${campaign} (e2e / test)4`);
  await expect(
    page
      .getByRole('region', { name: 'Signups by campaign' })
      .getByRole('row', { name: new RegExp(campaign) }),
  ).toContainText('1');
  await checkDashboardPage(page, testInfo, 'admin-article');

  // The CSV carries where the visit began.
  const { stdout } = await run('npm', ['run', '--silent', 'subscribers', '--', 'export'], {
    env: { ...process.env, ...newsletterStoreEnv() },
  });
  const line = stdout.split('\n').find((entry) => entry.startsWith(`reader-${campaign}`)) ?? '';
  expect(line).toContain(',/blog/the-gut-skin-axis,/,l.instagram.com,e2e,test,' + campaign + ',');
});

/** Axe-clean and without sideways scrolling at 390 and 1280 px; screenshots kept. */
async function checkDashboardPage(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await axeViolations(page), `${name} at ${width} px`).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name}: sideways scroll at ${width} px`).toBe(0);
    const screenshot = await page.screenshot({
      fullPage: true,
      path: `test-results/screenshots/${name}-${width}.png`,
    });
    await testInfo.attach(`${name}-${width}`, { body: screenshot, contentType: 'image/png' });
  }
}
