import { expect, test } from './fixtures';
import { layoutShift } from './page-metrics';

// content/posts/hydration-and-your-glow/ is a folder post: index.md, with its cover (`image:
// cover.jpg`) and a body image beside it, served from there at the usual address.
const article = '/blog/hydration-and-your-glow';
const folder = '/images/posts/hydration-and-your-glow';

test('an article’s cover loads first, resized and converted by the image optimizer', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const optimized = page.waitForResponse((response) => response.url().includes('/_next/image'));
  await page.goto(article);
  const cover = page.getByRole('img', {
    name: 'A tall glass of water with cucumber slices and mint leaves, against a pale blue sky.',
  });
  await expect(cover).toHaveAttribute('width', '1600');
  await expect(cover).toHaveAttribute('height', '1000');
  await expect(cover).toHaveAttribute('fetchpriority', 'high');
  await expect(cover).not.toHaveAttribute('loading', 'lazy');
  const response = await optimized;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/webp');
  // A phone gets a file sized for its screen, not the 1600 px original.
  const chosen = await cover.evaluate((image: HTMLImageElement) => image.currentSrc);
  expect(Number(new URL(chosen).searchParams.get('w'))).toBeLessThan(1600);
  await expect
    .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
});

test('body images keep their space while loading lazily, so nothing shifts', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(article);
  const jug = page.getByRole('img', {
    name: 'A glass jug of pink water with strawberries and basil leaves',
  });
  await expect(jug).toHaveAttribute('src', `${folder}/strawberry-basil-jug.jpg`);
  await expect(jug).toHaveAttribute('loading', 'lazy');
  await expect(jug).toHaveAttribute('width', '1200');
  await expect(jug).toHaveAttribute('height', '800');
  // Before it loads, the browser already reserves its box at the file's aspect ratio.
  const box = await jug.boundingBox();
  expect(box?.height).toBeCloseTo(((box?.width ?? 0) * 800) / 1200, 0);

  await jug.scrollIntoViewIfNeeded();
  await expect.poll(() => jug.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1200);
  expect(await layoutShift(page)).toBe(0);
});

test('cards show the cover as a lazy, decorative thumbnail', async ({ page }) => {
  await page.goto('/blog');
  const card = page.locator('article').filter({ hasText: 'Hydration and Your Glow' });
  const thumbnail = card.locator('img');
  await expect(thumbnail).toHaveAttribute('alt', '');
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await expect(thumbnail).toHaveAttribute('srcset', /\/_next\/image\?url=/);
});

test('the cover is the article’s share image, with its real size', async ({ page }) => {
  await page.goto(article);
  const content = (property: string) =>
    page.locator(`meta[property="${property}"]`).getAttribute('content');
  expect(new URL((await content('og:image')) ?? '').pathname).toBe(`${folder}/cover.jpg`);
  expect(await content('og:image:width')).toBe('1600');
  expect(await content('og:image:height')).toBe('1000');
});

test('a folder post serves only its images, and nothing else from its folder', async ({
  request,
}) => {
  const image = await request.get(`${folder}/strawberry-basil-jug.jpg`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  expect(image.headers()['x-content-type-options']).toBe('nosniff');
  for (const path of [`${folder}/index.md`, `${folder}/no-such.jpg`, '/images/posts/no-post/x.jpg'])
    expect((await request.get(path)).status(), path).toBe(404);
});
