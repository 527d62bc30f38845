import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, every page renders and links still navigate', async ({ page }) => {
  await page.goto('/');
  // The banner's first slide shows complete, with no controls that could not work.
  const shownSlide = page.locator('[aria-roledescription="slide"]:not([inert])');
  await expect(shownSlide).toHaveCount(1);
  await expect(shownSlide.getByRole('heading', { level: 2 })).toHaveText(
    'SODA JUST GOT A GLOW UP #GLOWPOP',
  );
  await expect(shownSlide.getByRole('img', { name: /peach-coloured GLOWPOP can/ })).toBeVisible();
  await expect(shownSlide.getByRole('link', { name: 'Read the blog' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'GLOWPOP highlights' }).getByRole('button'),
  ).toHaveCount(0);
  await expect(page.locator('main article')).toHaveCount(6);

  await page.getByRole('link', { name: 'Blog', exact: true }).click();
  await expect(page).toHaveURL('/blog');
  await expect(page.locator('main article').first()).toBeVisible();

  await page
    .getByRole('link', { name: 'The Gut-Skin Axis: A Constant Conversation in your body' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Gut-Skin Axis: A Constant Conversation in your body',
  );
  await expect(
    page.getByText('Around 70% of your immune system is located in your gut.'),
  ).toBeVisible();

  const response = await page.goto('/blog/missing');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page lost its fizz.');
});
