import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEV_CONTENT_DIR, baseURL, devURL } from '../../playwright.config';
import { SEARCH_API_PATH, searchPath } from '@/lib/search';

// `npm run dev` on a copy of content/: these tests edit its files as an editor would.
test.use({ baseURL: devURL });
// One editor, one set of files: the steps depend on each other's saves.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const postFile = path.join(DEV_CONTENT_DIR, 'posts', 'what-are-prebiotics.md');
const original = readFileSync(path.join('content', 'posts', 'what-are-prebiotics.md'), 'utf8');

test.afterAll(() => writeFileSync(postFile, original));

/** The live preview's message box, shown while the content has a problem. */
const problemBox = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This page will update when the content is fixed.' });

/** Opens a page and waits until live preview watches the files (it says so, or shows a problem). */
async function openLive(page: Page, url: string) {
  await page.goto(url);
  await expect(
    page.getByRole('status').filter({ hasText: 'Live preview' }).or(problemBox(page)),
  ).toBeVisible({ timeout: 30_000 });
}

// The dev server compiles what it has not shown yet, slower on a busy machine; the figure that
// matters, save to updated page, is measured and printed by the first test.
const afterSave = { timeout: 30_000 };

/** What `npm run content:check` prints for the copy, the wording the page must match. */
function contentCheckProblems(): string[] {
  try {
    execFileSync('node', ['--import', 'tsx', 'scripts/content-check.mts'], {
      env: { ...process.env, CONTENT_DIR: DEV_CONTENT_DIR },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const { stderr } = error as { stderr: string };
    return stderr.split('\n').filter((line) => line.includes(': expected '));
  }
  throw new Error('content:check passed, but the content was meant to be broken');
}

test('saving a post updates the open page in place, keeping the reader’s scroll', async ({
  page,
}) => {
  await openLive(page, '/blog/what-are-prebiotics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/What Are Prebiotics/);
  await page.evaluate(() => window.scrollTo(0, 600));

  const saved = Date.now();
  writeFileSync(postFile, original.replace(/^## .*$/m, '## Edited While You Watch'));
  await expect(page.getByRole('heading', { name: 'Edited While You Watch' })).toBeVisible(
    afterSave,
  );
  const seconds = (Date.now() - saved) / 1000;
  test.info().annotations.push({ type: 'save to update', description: `${seconds} s` });
  console.log(`live preview: save to updated page in ${seconds.toFixed(2)} s`);
  expect(await page.evaluate(() => window.scrollY)).toBe(600);
});

test('a save made before the live preview started watching is shown, not taken as the start', async ({
  page,
}) => {
  // Holds the status stream back, as a fresh `npm run dev` does while it compiles the route.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/dev/content-status', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/blog/what-are-prebiotics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/What Are Prebiotics/);
  await expect(page.getByRole('heading', { name: 'Saved Before Watching' })).toHaveCount(0);

  writeFileSync(postFile, original.replace(/^## .*$/m, '## Saved Before Watching'));
  release();
  await expect(page.getByRole('heading', { name: 'Saved Before Watching' })).toBeVisible(afterSave);
  await page.unroute('**/api/dev/content-status');
  writeFileSync(postFile, original);
  await expect(page.getByRole('heading', { name: 'Saved Before Watching' })).toHaveCount(
    0,
    afterSave,
  );
});

test('on a 390 px phone the preview’s line covers no text, and Next’s button no problem', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLive(page, '/blog/what-are-prebiotics');
  const status = page.getByRole('status').filter({ hasText: 'Live preview' });
  // In the page's flow, so it moves with the text instead of floating over it.
  expect(await status.evaluate((element) => getComputedStyle(element).position)).toBe('static');

  writeFileSync(postFile, original.replace(/^date: .*$/m, 'date: tomorrow'));
  const alert = problemBox(page);
  await expect(alert).toBeVisible(afterSave);
  const box = await alert.boundingBox();
  // Next's development button lives in a shadow root; anything of it on screen must not overlap.
  const nextParts = await page.evaluate(() =>
    [...document.querySelectorAll('nextjs-portal')].flatMap((portal) =>
      [...(portal.shadowRoot?.querySelectorAll('button, [data-nextjs-toast]') ?? [])]
        .map((element) => element.getBoundingClientRect())
        .filter((rect) => rect.width > 0 && rect.height > 0)
        .map(({ x, y, width, height }) => ({ x, y, width, height })),
    ),
  );
  expect(nextParts.length).toBeGreaterThan(0);
  for (const part of nextParts) {
    const overlaps =
      box !== null &&
      part.x < box.x + box.width &&
      box.x < part.x + part.width &&
      part.y < box.y + box.height &&
      box.y < part.y + part.height;
    expect(overlaps, `Next's button at ${JSON.stringify(part)} covers the problem`).toBe(false);
  }
  writeFileSync(postFile, original);
  await expect(alert).toHaveCount(0, afterSave);
});

test('a front matter error shows in the page with content:check’s message, and fixing it recovers', async ({
  page,
}) => {
  await openLive(page, '/blog/what-are-prebiotics');
  writeFileSync(postFile, original.replace(/^date: .*$/m, 'date: tomorrow'));
  const [problem] = contentCheckProblems();
  expect(problem).toBe(`${postFile}: date, line 3: expected YYYY-MM-DD, got "tomorrow"`);
  const alert = problemBox(page);
  await expect(alert).toContainText(problem ?? '', afterSave);

  // A route first opened now, whose list of pages `next dev` makes while the content is broken,
  // shows the message too, not Next's bare error screen (which has no live preview).
  await openLive(page, '/blog/tag/gut-health');
  await expect(alert).toContainText(problem ?? '');

  // Opening a page while the content is broken shows the error page and the same message.
  await openLive(page, '/blog/what-are-prebiotics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page went flat.');
  await expect(alert).toContainText(problem ?? '');

  writeFileSync(postFile, original);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /What Are Prebiotics/,
    afterSave,
  );
  await expect(alert).toHaveCount(0);
});

test('drafts and scheduled posts show with their badges while editing', async ({ page }) => {
  const scheduledFile = path.join(DEV_CONTENT_DIR, 'posts', 'autumn-spice-fizz.md');
  try {
    await openLive(page, '/blog');
    const draft = page.locator('article').filter({ hasText: 'Summer Flavour' });
    await expect(draft.getByText('Draft', { exact: true })).toBeVisible();

    // A new file appears without reloading: scheduled, since it is dated next year.
    const nextYear = new Date().getUTCFullYear() + 1;
    writeFileSync(
      scheduledFile,
      [
        '---',
        'title: Autumn Spice Fizz Is Coming',
        `date: ${nextYear}-10-01`,
        'summary: A seasonal flavour, announced ahead of time.',
        'tags: [Gut Health]',
        '---',
        '',
        '## Coming soon',
        '',
        'Cinnamon, apple and a little ginger.',
        '',
      ].join('\n'),
    );
    const scheduled = page.locator('article').filter({ hasText: 'Autumn Spice Fizz' });
    // A new file is a new page for the dev server to compile and serve before the list shows
    // it: in clean-clone CI runs, with every other spec running beside it, that has taken
    // longer than an edit's 20 s (it shows in a few seconds on an idle machine).
    await expect(scheduled.getByText(`Scheduled for October 1, ${nextYear}`)).toBeVisible({
      timeout: 60_000,
    });

    await scheduled.getByRole('link', { name: 'Autumn Spice Fizz Is Coming' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Autumn Spice Fizz Is Coming',
      afterSave,
    );
    await expect(page.getByText(`Scheduled for October 1, ${nextYear}`)).toBeVisible();
  } finally {
    rmSync(scheduledFile, { force: true });
  }
});

test('“What is coming” lists drafts and scheduled posts while editing, and is no page in production', async ({
  page,
  request,
}) => {
  await openLive(page, '/blog');
  await page.getByRole('status').getByRole('link', { name: 'What is coming' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is coming');
  const draft = page.getByRole('listitem').filter({ hasText: 'Summer Flavour' });
  await expect(draft.getByText('Draft', { exact: true })).toBeVisible();
  await expect(draft).toContainText('posts/summer-flavour-lineup.md');
  await draft.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Summer Flavour/);

  expect((await request.get(`${baseURL}/drafts`)).status()).toBe(404);
});

test('renaming a folder post moves its pictures with it, and the old address redirects', async ({
  page,
}) => {
  const posts = path.join(DEV_CONTENT_DIR, 'posts');
  const before = path.join(posts, 'hydration-and-your-glow');
  const after = path.join(posts, 'hydration-renamed');
  const text = readFileSync(path.join(before, 'index.md'), 'utf8');
  try {
    await openLive(page, '/blog/hydration-and-your-glow');
    // What an editor does, with the post open: rename the folder, keep the old address as an
    // alias. The open page follows it to the new address.
    renameSync(before, after);
    writeFileSync(
      path.join(after, 'index.md'),
      text.replace(/^---\n/, '---\naliases: [hydration-and-your-glow]\n'),
    );
    await expect(page).toHaveURL(/\/blog\/hydration-renamed$/, afterSave);
    for (const name of [/cucumber slices and mint/, /strawberries and basil/]) {
      const image = page.getByRole('img', { name });
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth), afterSave)
        .toBeGreaterThan(0);
    }
    await expect(page.getByRole('img', { name: /strawberries and basil/ })).toHaveAttribute(
      'src',
      '/images/posts/hydration-renamed/strawberry-basil-jug.jpg',
    );
  } finally {
    rmSync(before, { recursive: true, force: true });
    renameSync(after, before);
    writeFileSync(path.join(before, 'index.md'), text);
  }
});

test('warnings show folded in the live preview line, in content:check’s words', async ({
  page,
}) => {
  const check = spawnSync('node', ['--import', 'tsx', 'scripts/content-check.mts'], {
    env: { ...process.env, CONTENT_DIR: DEV_CONTENT_DIR },
    encoding: 'utf8',
  });
  expect(check.status).toBe(0);
  // The sample's own advice: one title longer than a search result shows.
  const warning = `${postFile}: title, line 2: expected at most 60 characters to show whole in search results, got 67`;
  expect(check.stderr).toContain(`⚠ ${warning}`);
  await openLive(page, '/blog/what-are-prebiotics');
  const status = page.getByRole('status').filter({ hasText: 'Live preview' });
  await status.getByText('1 warning (they still publish)').click();
  await expect(status).toContainText(warning);
});

test('a saved post is searchable at once while editing; drafts show in search, marked', async ({
  page,
  request,
}) => {
  const newFile = path.join(DEV_CONTENT_DIR, 'posts', 'yuzu-fizz-notes.md');
  const search = async (query: string) =>
    (await request.get(`${SEARCH_API_PATH}?${new URLSearchParams({ q: query })}`)).json();
  try {
    writeFileSync(
      newFile,
      [
        '---',
        'title: Yuzu Fizz Notes',
        'date: 2025-05-01',
        'summary: Tasting notes on a citrus idea.',
        'tags: [Recipes]',
        '---',
        '',
        'Bright, sharp and a little floral: the yuzuberry test batch.',
        '',
      ].join('\n'),
    );
    await expect
      .poll(async () => (await search('yuzuberry')).results?.[0]?.href, afterSave)
      .toBe('/blog/yuzu-fizz-notes');

    // The draft is found while editing, and marked as one, on the page and in the dialog.
    await openLive(page, searchPath({ query: 'summer flavour' }));
    const draft = page.getByRole('main').getByRole('article').filter({ hasText: 'Summer Flavour' });
    await expect(draft.getByText('Draft', { exact: true })).toBeVisible();
    // In production the draft is not found.
    const production = await request.get(
      `${baseURL}${SEARCH_API_PATH}?${new URLSearchParams({ q: 'summer flavour lineup' })}`,
    );
    expect(JSON.stringify(await production.json())).not.toContain('/blog/summer-flavour-lineup');
  } finally {
    rmSync(newFile, { force: true });
  }
});
