import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 900 } });

for (const path of ['/', '/blog', '/blog/tag/gut-health']) {
  test(`${path}: cards in a row line up, with or without a cover`, async ({ page }) => {
    await page.goto(path);
    const cards = page.locator('.cards .card');
    const boxes = await cards.evaluateAll((elements) =>
      elements.map((card) => {
        const box = card.getBoundingClientRect();
        const picture = card.querySelector('.card-image')?.getBoundingClientRect();
        const tags = card.querySelector('.tags')?.getBoundingClientRect();
        return {
          top: Math.round(box.top),
          height: Math.round(box.height),
          pictureHeight: Math.round(picture?.height ?? -1),
          tagsBottom: Math.round(tags?.bottom ?? -1),
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(2);
    // Every card has a picture of the same size: the cover, or the drawn placeholder.
    expect(new Set(boxes.map((box) => box.pictureHeight)).size).toBe(1);
    expect(boxes[0]?.pictureHeight).toBeGreaterThan(100);
    for (const top of new Set(boxes.map((box) => box.top))) {
      const row = boxes.filter((box) => box.top === top);
      expect(new Set(row.map((box) => box.height)).size).toBe(1);
      expect(new Set(row.map((box) => box.tagsBottom)).size).toBe(1);
    }
  });
}

test('a post without a cover gets the drawn placeholder; the usual category is not repeated', async ({
  page,
}) => {
  await page.goto('/blog');
  const seed = page.locator('.card', { hasText: 'The Gut-Skin Axis' });
  await expect(seed.locator('.card-placeholder')).toBeVisible();
  await expect(seed.locator('img')).toHaveCount(0);
  await expect(page.locator('.cards .card .eyebrow')).toHaveCount(0);
});
