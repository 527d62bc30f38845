import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { manyPostsURL } from '../../playwright.config';
import { dateOfPost, MANY_POSTS_COUNT, SCHEDULED_SLUG, tagsOfPost } from '../fixtures/many-posts';

// These tests run against the 60-post content set, built by `npm run build:many-posts`.
test.use({ baseURL: manyPostsURL });

const numbers = Array.from({ length: MANY_POSTS_COUNT }, (_, index) => MANY_POSTS_COUNT - index);
const titles = (list: number[]) => list.map((n) => `Generated Post ${n}`);
const withTag = (tag: string) => numbers.filter((n) => tagsOfPost(n).includes(tag));
const listedTitles = (page: Page) => page.locator('main article h2 a').allTextContents();
const filter = (page: Page) => page.getByRole('navigation', { name: 'Prebiotic Benefits' });
const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });

test('the blog pages through 60 posts, 12 at a time, newest first', async ({ page }) => {
  expect(dateOfPost(60) > dateOfPost(1)).toBe(true);
  await page.goto('/blog');
  for (let pageNumber = 1; pageNumber <= 5; pageNumber++) {
    const path = pageNumber === 1 ? '/blog' : `/blog/page/${pageNumber}`;
    await expect(page).toHaveURL(path);
    expect(await listedTitles(page)).toEqual(
      titles(numbers.slice((pageNumber - 1) * 12, pageNumber * 12)),
    );
    await expect(pagination(page).getByText(`Page ${pageNumber} of 5`)).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`${path}$`),
    );
    if (pageNumber < 5) await page.getByRole('link', { name: /Older posts/ }).click();
  }
  await expect(page.getByRole('link', { name: /Older posts/ })).toHaveCount(0);
  await page.getByRole('link', { name: /Newer posts/ }).click();
  await expect(page).toHaveURL('/blog/page/4');
});

test('page 1 has one URL only, and pages past the end are 404s', async ({ page, request }) => {
  const redirect = await request.get('/blog/page/1', { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers().location).toBe('/blog');
  const tagRedirect = await request.get('/blog/tag/gut-health/page/1', { maxRedirects: 0 });
  expect(tagRedirect.headers().location).toBe('/blog/tag/gut-health');
  for (const url of [
    '/blog/page/6',
    '/blog/page/0',
    '/blog/page/02',
    '/blog/tag/skin-health/page/4',
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  await page.goto('/blog/page/2');
  await page.getByRole('link', { name: /Newer posts/ }).click();
  await expect(page).toHaveURL('/blog');
});

test('tag pages paginate too, with their own canonical URLs', async ({ page }) => {
  const skin = withTag('Skin Health');
  expect(skin).toHaveLength(30);
  await page.goto('/blog/tag/skin-health/page/3');
  expect(await listedTitles(page)).toEqual(titles(skin.slice(24)));
  await expect(pagination(page).getByText('Page 3 of 3')).toBeVisible();
  await expect(page).toHaveTitle('Skin Health — page 3 of 3 | GLOWPOP');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/blog\/tag\/skin-health\/page\/3$/,
  );
});

test('drafts and scheduled posts never count and never appear', async ({ page }) => {
  const unpublished = ['draft-one', 'draft-two', SCHEDULED_SLUG];
  await page.goto('/blog');
  await expect(filter(page).getByRole('link', { name: 'All 60 posts' })).toBeVisible();
  await expect(filter(page).getByRole('link', { name: 'Gut Health 60 posts' })).toBeVisible();
  await expect(filter(page).getByRole('link', { name: /Secret Tag|Coming Soon/ })).toHaveCount(0);
  for (const tag of ['secret-tag', 'coming-soon']) {
    expect((await page.request.get(`/blog/tag/${tag}`)).status(), tag).toBe(404);
  }
  for (const slug of unpublished) {
    expect((await page.request.get(`/blog/${slug}`)).status(), slug).toBe(404);
    // Share cards are drawn on request, from the post's file: unpublished posts have none.
    expect((await page.request.get(`/blog/${slug}/og.png`)).status(), slug).toBe(404);
  }
  expect((await page.request.get('/blog/post-01/og.png')).status()).toBe(200);
  // Not in the newest post's related list, although they share its tag and are newer.
  await page.goto('/blog/post-60');
  await expect(page.getByRole('heading', { name: 'Generated Post 60', level: 1 })).toBeVisible();
  await expect(page.getByText(/Unpublished|Scheduled for Next Year/)).toHaveCount(0);
  // Nor in anything machines read.
  for (const path of [
    '/sitemap.xml',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/blog/tag/gut-health/feed.xml',
  ]) {
    const body = await (await page.request.get(path)).text();
    expect(body, path).toContain('/blog/post-60');
    for (const slug of unpublished) expect(body, `${path} lists ${slug}`).not.toContain(slug);
  }
});

test('tags with accents, ampersands and non-Latin letters work, in place and directly', async ({
  page,
}) => {
  await page.goto('/blog');
  for (const [tag, url] of [
    ['Café Culture', '/blog/tag/cafe-culture'],
    ['Food & Mood', '/blog/tag/food-and-mood'],
    ['日本茶', `/blog/tag/${encodeURIComponent('日本茶')}`],
  ] as const) {
    const count = withTag(tag).length;
    await filter(page)
      .getByRole('link', { name: `${tag} ${count} posts` })
      .click();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag);
    expect(await listedTitles(page)).toEqual(titles(withTag(tag).slice(0, 12)));

    const direct = await page.request.get(url);
    expect(direct.status(), url).toBe(200);
    expect(await direct.text()).toContain(`Generated Post ${withTag(tag)[0]}`);
  }
});
