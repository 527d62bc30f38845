import { expect, test } from './fixtures';

for (const url of ['/blog/no-such-post', '/no-such-page', '/blog/The-Gut-Skin-Axis']) {
  test(`${url} is a real 404 with the designed page`, async ({ page }) => {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This page lost its fizz.' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Read the blog' }).click();
    await expect(page).toHaveURL('/blog');
  });
}
