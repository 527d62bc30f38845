import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { postPath } from '@/lib/content';
import { SEARCH_API_PATH, SEARCH_PATH, searchPath } from '@/lib/search';
import { axeViolations } from './axe-violations';
import { newsletterStoreEnv } from './e2e-database';
import { expect, test } from './fixtures';

const run = promisify(execFile);
const BEAUTY_SLEEP = 'Beauty Sleep Is Real: How Rest Supports Your Skin';

const field = (page: Page) =>
  page.getByRole('main').getByRole('searchbox', { name: 'Search articles' });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('article');
const headerSearch = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Search' });

/** The page, loaded and hydrated: shortcuts and live results work once its scripts have run. */
async function openPage(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

/** What `npm run search -- misses` prints for the e2e server's store. */
async function missesReport(): Promise<string> {
  const { stdout } = await run('npm', ['run', '--silent', 'search', '--', 'misses'], {
    env: { ...process.env, ...newsletterStoreEnv() },
  });
  return stdout;
}

test('/ opens search; "sleep" lists the beauty sleep article first, "slep" too; Enter opens it', async ({
  page,
}) => {
  await openPage(page, '/blog');
  await page.keyboard.press('/');
  await expect(page).toHaveURL(SEARCH_PATH);
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('sleep');
  await expect(status(page)).toHaveText(/^\d+ articles? match “sleep”\.$/);
  await expect(results(page).first().getByRole('heading')).toHaveText(BEAUTY_SLEEP);
  await expect(results(page).first().locator('mark').first()).toHaveText(/sleep/i);
  // The address follows the results: it can be shared, and reloading shows the same.
  await expect(page).toHaveURL(searchPath({ query: 'sleep' }));

  await field(page).fill('slep');
  await expect(status(page)).toHaveText(/match “slep”/);
  await expect(results(page).first().getByRole('heading')).toHaveText(BEAUTY_SLEEP);
  await expect(
    page.getByRole('main').getByRole('link', { name: 'sleep', exact: true }),
  ).toBeVisible();

  // Arrow keys move from the field through the results and back.
  await page.keyboard.press('ArrowDown');
  await expect(results(page).first().getByRole('link', { name: BEAUTY_SLEEP })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(results(page).first().getByRole('link', { name: BEAUTY_SLEEP })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(postPath('beauty-sleep-is-real'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BEAUTY_SLEEP);
});

test('Escape goes back to the page search was opened from, focus on the search link; Ctrl+K opens it', async ({
  page,
}) => {
  await openPage(page, '/blog/the-gut-skin-axis');
  await page.keyboard.press('Control+k');
  await expect(page).toHaveURL(SEARCH_PATH);
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/blog/the-gut-skin-axis');
  await expect(headerSearch(page)).toBeFocused();

  await headerSearch(page).click();
  await expect(field(page)).toBeFocused();
  // On the search page the shortcut returns to its field rather than starting afresh.
  await field(page).fill('glow');
  await results(page).first().getByRole('link').first().focus();
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue('glow');
});

test('results filter by tag, with counts, in place and in the address', async ({ page }) => {
  await openPage(page, SEARCH_PATH);
  await field(page).fill('skin');
  await expect(status(page)).toHaveText(/match “skin”/);
  const filters = page.getByRole('navigation', { name: 'Show results tagged' });
  await expect(filters.getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page');
  const everything = await results(page).count();
  const gut = filters.getByRole('link', { name: /^Gut Health \d+/ });
  const gutCount = Number((await gut.textContent())?.match(/\d+/)?.[0]);
  await gut.click();
  await expect(gut).toHaveAttribute('aria-current', 'page');
  await expect(results(page)).toHaveCount(gutCount);
  expect(gutCount).toBeLessThan(everything);
  await expect(status(page)).toHaveText(/tagged Gut Health match “skin”/);
  await expect(page).toHaveURL(searchPath({ query: 'skin', tag: 'gut-health' }));
  await page.reload();
  await expect(results(page)).toHaveCount(gutCount);
});

test('a search that finds nothing offers a close word and the topics, and is counted', async ({
  page,
}) => {
  const nonsense = `qwzx${Date.now()}`;
  await openPage(page, SEARCH_PATH);
  await field(page).fill('slpe');
  await expect(status(page)).toHaveText('No articles match “slpe”.');
  await page.getByRole('main').getByRole('link', { name: 'sleep', exact: true }).click();
  await expect(field(page)).toHaveValue('sleep');
  await expect(results(page).first().getByRole('heading')).toHaveText(BEAUTY_SLEEP);

  await field(page).fill(nonsense);
  await expect(status(page)).toHaveText(`No articles match “${nonsense}”.`);
  await expect(
    page.getByRole('navigation', { name: 'Browse by topic' }).getByRole('link'),
  ).not.toHaveCount(0);
  // Counted once the reader stops typing, after 1.5 s; the keystrokes before are not.
  await expect.poll(missesReport, { timeout: 15_000 }).toContain(`"${nonsense}"`);
  expect(await missesReport()).not.toContain(`"${nonsense.slice(0, -1)}"`);

  // A search page loaded with a query (a submitted form, a shared link) counts its own miss,
  // under the normalized text.
  const pageMiss = `Zzyq ${Date.now()}`;
  await page.goto(searchPath({ query: `  ${pageMiss.toUpperCase()}  ` }));
  await expect(status(page)).toHaveText(`No articles match “${pageMiss.toUpperCase()}”.`);
  await expect.poll(missesReport, { timeout: 15_000 }).toContain(`"${pageMiss.toLowerCase()}"`);
});

test('drafts and scheduled posts are never found in production', async ({ request }) => {
  // content/posts/summer-flavour-lineup.md is a draft: none of its words lead to it.
  const draft = postPath('summer-flavour-lineup');
  for (const query of ['Coming Soon: Our Summer Flavour Lineup', 'sneak peek', 'lineup']) {
    const api = await request.get(`${SEARCH_API_PATH}?${new URLSearchParams({ q: query })}`);
    expect(JSON.stringify(await api.json()), query).not.toContain(draft);
    const page = await request.get(searchPath({ query }));
    expect(await page.text(), query).not.toContain(draft);
  }
});

test('live results have no axe violations at 390 and 1280 px (screenshots kept)', async ({
  page,
}, testInfo) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await openPage(page, SEARCH_PATH);
    await field(page).fill('skin');
    await expect(status(page)).toHaveText(/match “skin”/);
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    const screenshot = await page.screenshot({
      path: `test-results/screenshots/search-live-${width}.png`,
    });
    await testInfo.attach(`search-live-${width}`, { body: screenshot, contentType: 'image/png' });
  }
});

test('other pages fetch nothing for search until the reader goes to it', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (
      new URL(request.url()).pathname.startsWith(SEARCH_PATH) ||
      request.url().includes(SEARCH_API_PATH)
    ) {
      searchRequests.push(request.url());
    }
  });
  await openPage(page, '/blog/the-gut-skin-axis');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  expect(searchRequests).toEqual([]);
});

test('back and forward restore a search, with JavaScript on', async ({ page }) => {
  await openPage(page, SEARCH_PATH);
  await field(page).fill('sleep');
  await expect(page).toHaveURL(searchPath({ query: 'sleep' }));
  await results(page).first().getByRole('link', { name: BEAUTY_SLEEP }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BEAUTY_SLEEP);
  await page.goBack();
  await expect(field(page)).toHaveValue('sleep');
  await expect(results(page).first().getByRole('heading')).toHaveText(BEAUTY_SLEEP);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BEAUTY_SLEEP);
});

test.describe('hostile and odd queries', () => {
  const queries = [
    'a'.repeat(2_000),
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'sleep\u0000',
    '\uD800sleep',
    'שינה וטוב',
    '.*(',
    '\\',
    "' OR 1=1; DROP TABLE search_misses; --",
    '🥤✨ sleep',
  ];

  test('each gets a safe answer from the page and the API, never a 500 or a reflected tag', async ({
    page,
    request,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const query of queries) {
      const api = await request.get(`${SEARCH_API_PATH}?${new URLSearchParams({ q: query })}`);
      expect(api.status(), query.slice(0, 40)).toBe(200);
      const answer = await api.json();
      expect(['results', 'too-long']).toContain(answer.kind);

      const response = await page.goto(searchPath({ query }));
      expect(response?.status(), query.slice(0, 40)).toBe(200);
      expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
    }
    // Raw bytes a form could send, such as %00 and an unpaired surrogate's encoding.
    for (const raw of ['%00', '%ED%A0%80', '%', '%E0%A4%A']) {
      const response = await page.goto(`${SEARCH_PATH}?q=${raw}`);
      expect(response?.status(), raw).toBeLessThan(500);
    }
    expect(dialogs).toEqual([]);
  });

  test('a 2,000-character query is answered with how long searches may be', async ({ page }) => {
    await page.goto(searchPath({ query: 'a'.repeat(2_000) }));
    await expect(status(page)).toHaveText(
      /That search is 2,000 characters long; searches of up to 200 characters work/,
    );
    await openPage(page, SEARCH_PATH);
    await field(page).fill('sleep '.repeat(400));
    await expect(status(page)).toHaveText(/That search is 2,399 characters long/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header links to the search page; its form searches; results and filters are links', async ({
    page,
  }) => {
    await page.goto('/blog');
    await headerSearch(page).click();
    await expect(page).toHaveURL(SEARCH_PATH);
    await expect(page.getByRole('navigation', { name: 'Browse by topic' })).toBeVisible();
    await field(page).fill('sleep');
    await field(page).press('Enter');
    await expect(page).toHaveURL(searchPath({ query: 'sleep' }));
    const first = results(page).first();
    await expect(first.getByRole('heading')).toHaveText(BEAUTY_SLEEP);
    await expect(first.locator('mark').first()).toHaveText(/sleep/i);

    await page
      .getByRole('navigation', { name: 'Show results tagged' })
      .getByRole('link', { name: /Gut Health/ })
      .click();
    await expect(page).toHaveURL(searchPath({ query: 'sleep', tag: 'gut-health' }));
    await expect(status(page)).toHaveText(/tagged Gut Health match “sleep”/);

    await results(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Search');
  });

  test('on a phone the search icon fits the header row and finds with a typo', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/');
    const top = async (name: string) =>
      (await page.getByRole('banner').getByRole('link', { name, exact: true }).boundingBox())?.y;
    expect(await top('Search')).toBe(await top('Blog'));
    await headerSearch(page).click();
    await field(page).fill('probiotcs');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(results(page).first()).toContainText(/probiotic/i);
  });
});

test('a long result list pages through /search, keeping the query', async ({ page, baseURL }) => {
  // The 60-post build has enough matches for several pages, and drafts that must not show.
  const manyPosts = new URL(baseURL ?? '');
  manyPosts.port = String(Number(manyPosts.port) + 1);
  await page.goto(`${manyPosts.origin}${searchPath({ query: 'post' })}`);
  await expect(status(page)).toHaveText(/^60 articles match “post” \(1–10 shown\)\.$/);
  await page.getByRole('link', { name: 'More results' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(status(page)).toHaveText(/\(11–20 shown\)/);
  await expect(field(page)).toHaveValue('post');
  await page.goto(`${manyPosts.origin}${searchPath({ query: 'unpublished draft' })}`);
  await expect(status(page)).toHaveText(/No articles match/);
});
