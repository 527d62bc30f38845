import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { publishedPosts } from './published-posts';

const posts = publishedPosts();
const titlesWithTag = (tag: string) =>
  posts.filter((post) => post.tags.includes(tag)).map((post) => post.title);

const filter = (page: Page) => page.getByRole('navigation', { name: 'Prebiotic Benefits' });
const listedTitles = (page: Page) => page.locator('main article h2 a').allTextContents();

test('the blog shows the Prebiotic Benefits filter with every tag and its count', async ({
  page,
}) => {
  await page.goto('/blog');
  const chips = filter(page).getByRole('link');
  const tagCounts = new Map<string, number>();
  for (const post of posts)
    for (const tag of post.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  await expect(chips).toHaveCount(tagCounts.size + 1);
  await expect(
    filter(page).getByRole('link', { name: `All ${posts.length} posts` }),
  ).toHaveAttribute('aria-current', 'page');
  for (const [tag, count] of tagCounts) {
    await expect(
      filter(page).getByRole('link', { name: `${tag} ${count} ${count === 1 ? 'post' : 'posts'}` }),
    ).toBeVisible();
  }
  expect(tagCounts.get('Skin Health')).toBeGreaterThan(1);
  expect(tagCounts.get('Gut Health')).toBeGreaterThan(1);
});

test('choosing a chip filters in place, changes the URL, and back restores all posts', async ({
  page,
}) => {
  await page.goto('/blog');
  // A full page load would wipe this marker; a client-side transition keeps it.
  await page.evaluate(() => Object.assign(window, { stillSamePage: true }));
  await filter(page)
    .getByRole('link', { name: /^Skin Health/ })
    .click();
  await expect(page).toHaveURL('/blog/tag/skin-health');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skin Health');
  expect(await listedTitles(page)).toEqual(titlesWithTag('Skin Health'));
  await expect(filter(page).getByRole('link', { name: /^Skin Health/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(await page.evaluate(() => 'stillSamePage' in window)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL('/blog');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The GLOWPOP Blog');
  expect(await listedTitles(page)).toEqual(posts.map((post) => post.title));
  expect(await page.evaluate(() => 'stillSamePage' in window)).toBe(true);

  await page.goForward();
  await expect(page).toHaveURL('/blog/tag/skin-health');
  expect(await listedTitles(page)).toEqual(titlesWithTag('Skin Health'));
});

test('each tag page, opened directly, lists exactly the posts with that tag', async ({ page }) => {
  for (const [tag, slug] of [
    ['Skin Health', 'skin-health'],
    ['Gut Health', 'gut-health'],
    ['Café Culture', 'cafe-culture'],
    ['Food & Mood', 'food-and-mood'],
  ] as const) {
    const response = await page.goto(`/blog/tag/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await listedTitles(page)).toEqual(titlesWithTag(tag));
    await expect(page).toHaveTitle(`${tag} | GLOWPOP`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`/blog/tag/${slug}$`),
    );
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      new RegExp(`^GLOWPOP articles on ${tag}: \\d+ posts?, newest first\\.$`),
    );
  }
});

test('tags on cards and on articles link to their tag page', async ({ page }) => {
  await page.goto('/blog');
  const card = page.locator('main article').filter({ hasText: 'The Gut-Skin Axis' });
  await card.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Gut Health' }).click();
  await expect(page).toHaveURL('/blog/tag/gut-health');

  await page.goto('/blog/the-gut-skin-axis');
  await page.locator('article header').getByRole('link', { name: 'Skin Health' }).click();
  await expect(page).toHaveURL('/blog/tag/skin-health');
});

test('the home page offers the filter under the latest posts', async ({ page }) => {
  await page.goto('/');
  await expect(filter(page).locator('[aria-current]')).toHaveCount(0);
  await filter(page)
    .getByRole('link', { name: /^Gut Health/ })
    .click();
  await expect(page).toHaveURL('/blog/tag/gut-health');
  expect(await listedTitles(page)).toEqual(titlesWithTag('Gut Health'));
});

test('an unknown tag is a real 404', async ({ page }) => {
  for (const url of [
    '/blog/tag/no-such-tag',
    '/blog/tag/Skin-Health',
    '/blog/tag/skin-health/page/2',
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page lost its fizz.');
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chips are plain links to the right lists', async ({ page }) => {
    await page.goto('/blog');
    await filter(page)
      .getByRole('link', { name: /^Gut Health/ })
      .click();
    await expect(page).toHaveURL('/blog/tag/gut-health');
    expect(await listedTitles(page)).toEqual(titlesWithTag('Gut Health'));
    await filter(page).getByRole('link', { name: /^All/ }).click();
    await expect(page).toHaveURL('/blog');
    expect(await listedTitles(page)).toEqual(posts.map((post) => post.title));
  });
});
