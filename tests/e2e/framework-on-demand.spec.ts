import type { Page } from '@playwright/test';
import { HYDRATED_EVENT } from '@/lib/framework-on-demand';
import { expect, test } from './fixtures';

// Pages as a reader meets them: nothing has started the framework yet.
test.use({ frameworkAtLoad: false });

const PRERENDERED = ['/', '/blog', '/blog/tag/skin-health', '/blog/the-gut-skin-axis'];

/** What the page fetched of the framework: its scripts and its React payload. */
function recordFrameworkRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.startsWith('/_next/static/') && pathname.endsWith('.js')) requested.push(pathname);
    if (search === '?_rsc') requested.push(`${pathname}${search}`);
  });
  return requested;
}

/** Errors the browser reports, hydration mismatches among them. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Marks <html> once the page has hydrated (the layout's first effect announces it), for `hydrated`. */
async function watchHydration(page: Page) {
  await page.addInitScript(
    (event) =>
      addEventListener(event, () =>
        document.documentElement.setAttribute('data-test-hydrated', ''),
      ),
    HYDRATED_EVENT,
  );
}

const hydrated = (page: Page) => expect(page.locator('html[data-test-hydrated]')).toHaveCount(1);

for (const path of PRERENDERED) {
  test(`${path} is whole before any script of the framework loads, and starts at the first scroll`, async ({
    page,
  }) => {
    const requested = recordFrameworkRequests(page);
    const errors = recordErrors(page);
    await watchHydration(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(requested, 'framework requests before any interaction').toEqual([]);
    expect(await page.evaluate(() => 'next' in window)).toBe(false);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();

    await page.mouse.wheel(0, 300);
    await hydrated(page);
    expect(requested).toContain(`${new URL(path, 'http://x').pathname}?_rsc`);
    expect(requested.filter((request) => request.endsWith('.js')).length).toBeGreaterThan(3);
    expect(errors, 'errors in the console while the framework started').toEqual([]);
  });
}

test('a tap on the theme switch that starts the framework still switches the theme', async ({
  page,
}) => {
  await watchHydration(page);
  await page.addInitScript(() =>
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest('[aria-label="Dark theme"]')) {
          Object.assign(window, { darkClicks: Number(Reflect.get(window, 'darkClicks') ?? 0) + 1 });
        }
      },
      true,
    ),
  );
  await page.goto('/blog/the-gut-skin-axis', { waitUntil: 'networkidle' });
  const dark = page.getByRole('button', { name: 'Dark theme' });
  await dark.click();
  await hydrated(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  // The reader's click, and the one replay of it: no more.
  expect(await page.evaluate(() => Reflect.get(window, 'darkClicks'))).toBe(2);
  // A later click is the page's own, not replayed again.
  await page.getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => localStorage.getItem('glowpop-theme'))).toBe('light');
});

test('the keyboard starts it too, and links then navigate within the page', async ({ page }) => {
  await watchHydration(page);
  await page.goto('/blog/the-gut-skin-axis', { waitUntil: 'networkidle' });
  await page.keyboard.press('Tab');
  await hydrated(page);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('banner').getByRole('link', { name: 'Blog', exact: true }).click();
  await expect(page).toHaveURL(/\/blog$/);
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('`/` opens search before the framework has started, as after', async ({ page }) => {
  await page.goto('/blog/the-gut-skin-axis', { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole('main').getByRole('searchbox')).toBeFocused();
});

test('until then the banner shows its first slide without dead controls, then rotates', async ({
  page,
}) => {
  await watchHydration(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  const banner = page.getByRole('region', { name: 'GLOWPOP highlights' });
  await expect(banner.getByRole('button')).toHaveCount(0);
  await expect(banner.locator('[aria-roledescription="slide"]').first()).toBeVisible();
  // A key press starts it; the mouse stays off the banner, where hovering would pause it.
  await page.keyboard.press('Shift');
  await hydrated(page);
  await expect(banner.getByRole('button', { name: 'Stop automatic slide show' })).toBeVisible();
  await expect(banner.locator('button[aria-current="true"]')).toHaveAccessibleName('Slide 2', {
    timeout: 7000,
  });
});

test('a failed payload request leaves the page as it is, and the next tap or key tries again', async ({
  page,
}) => {
  await watchHydration(page);
  await page.goto('/blog', { waitUntil: 'networkidle' });
  const blogPayload = (url: URL) => url.pathname === '/blog' && url.search === '?_rsc';
  let refused = 0;
  await page.route(blogPayload, (route) => {
    refused += 1;
    return route.fulfill({ status: 503, body: 'restarting' });
  });
  await page.mouse.wheel(0, 100);
  await expect.poll(() => refused).toBe(1);
  // Scrolling on does not ask again and again; the next tap or key press will.
  await page.mouse.wheel(0, 100);
  await page.mouse.wheel(0, 100);
  await page.waitForTimeout(500);
  expect(refused).toBe(1);
  expect(await page.evaluate(() => 'next' in window)).toBe(false);
  await expect(page.locator('h1')).toBeVisible();
  await page.unroute(blogPayload);
  await page.keyboard.press('Shift');
  await hydrated(page);
});

test('pages rendered per request, or prerendered with another status, load it as they load', async ({
  page,
}) => {
  await watchHydration(page);
  // /drafts is a 404 in production: its payload request would be answered 404 as well.
  for (const path of ['/search?q=sleep', '/drafts']) {
    await page.goto(path);
    await hydrated(page);
  }
});
