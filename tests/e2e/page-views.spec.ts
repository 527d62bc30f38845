import type { Page } from '@playwright/test';
import { utcDay } from '@/lib/utc-day';
import { exportedRow, withE2eStore } from './e2e-database';
import { expect, test } from './fixtures';
import { mailTo } from './mail-catcher';

/** A reader's Chrome, as the beacon endpoint sees it (Playwright's own says HeadlessChrome). */
const READER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** The page view beacons `page` sends, as the fields they carry. */
function beaconsOf(page: Page): Record<string, string>[] {
  const beacons: Record<string, string>[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/views')
      beacons.push(Object.fromEntries(new URLSearchParams(request.postData() ?? '')));
  });
  return beacons;
}

const viewsOf = (campaign: string, path: string) =>
  withE2eStore(
    async (store) =>
      (await store.viewTotals(utcDay(new Date()), [], { utm_campaign: campaign, path }))[0]
        ?.views ?? 0,
  );

test.describe('in a reader’s browser', () => {
  test.use({ userAgent: READER_AGENT });
  test.beforeEach(async ({ context }) => {
    // Playwright's Chromium says it is automated (navigator.webdriver); a reader's does not.
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }),
    );
  });

  test('each page counts once, after it has loaded; a signup two pages on is credited to the campaign it landed from', async ({
    page,
  }) => {
    const campaign = `landing-${Date.now()}`;
    const landing = `?utm_source=e2e&utm_medium=test&utm_campaign=${campaign}`;
    const beacons = beaconsOf(page);
    await page.goto(`/${landing}`);
    await expect.poll(() => beacons.length).toBe(1);
    expect(beacons[0]).toEqual({ p: '/', q: landing, r: '', w: '1280' });
    // Sent after the load event: nothing of it stands before the first paint. (Its timing entry
    // appears once the answer is in.)
    const beaconTimed = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/api/views')),
      );
    await expect.poll(beaconTimed).toBe(true);
    const timing = await page.evaluate(() => ({
      loaded: performance.getEntriesByType('navigation')[0]?.toJSON().loadEventEnd as number,
      sent: performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.endsWith('/api/views'))?.startTime,
    }));
    expect(timing.sent).toBeGreaterThanOrEqual(timing.loaded);
    await expect.poll(() => viewsOf(campaign, '/')).toBe(1);

    // Two pages on, by the site's links (the blog client-side, the article a page load): one
    // view each, and the tab keeps its landing page.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Blog' })
      .click();
    await expect.poll(() => beacons.map((beacon) => beacon.p)).toEqual(['/', '/blog']);
    await page.locator('main a[href="/blog/what-are-prebiotics"]').first().click();
    await expect
      .poll(() => beacons.map((beacon) => beacon.p))
      .toEqual(['/', '/blog', '/blog/what-are-prebiotics']);
    // Moving to a #section is no new page.
    await page.evaluate(() => history.pushState(history.state, '', '#contents'));
    await page.waitForTimeout(300);
    expect(beacons).toHaveLength(3);

    const address = `landed-${Date.now()}@example.com`;
    const form = page.getByRole('form', { name: 'Newsletter signup after the article' });
    await form.getByLabel('Email address').fill(address);
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(form.getByRole('status')).toContainText('Check your inbox');
    await mailTo(address);
    expect(await exportedRow(address)).toMatchObject({
      source_path: '/blog/what-are-prebiotics',
      landing_path: '/',
      utm_source: 'e2e',
      utm_medium: 'test',
      utm_campaign: campaign,
    });

    // A reload is a new page load, and counts again, as with any cookieless counter.
    await page.goto(`/${landing}`);
    await page.reload();
    await expect.poll(() => viewsOf(campaign, '/')).toBe(3);
  });
});

test('an automated browser sends no page view, and with JavaScript off nothing is sent or broken', async ({
  page,
  browser,
}) => {
  const beacons = beaconsOf(page);
  await page.goto('/blog');
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  expect(beacons).toEqual([]);

  const noScript = await browser.newContext({ javaScriptEnabled: false, userAgent: READER_AGENT });
  const plain = await noScript.newPage();
  const plainBeacons = beaconsOf(plain);
  const response = await plain.goto('/blog/what-are-prebiotics');
  expect(response?.status()).toBe(200);
  await expect(plain.getByRole('heading', { level: 1 })).toBeVisible();
  expect(plainBeacons).toEqual([]);
  await noScript.close();
});
