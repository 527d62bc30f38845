import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test('a reader goes from the home page to the blog to an article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'GLOWPOP: Prebiotic Beauty Soda',
  );
  const shownSlide = page.locator('[aria-roledescription="slide"]:not([inert])');
  await expect(shownSlide.getByRole('heading', { level: 2 })).toHaveText(
    'SODA JUST GOT A GLOW UP #GLOWPOP',
  );
  await expect(page.getByRole('heading', { name: 'Latest from the blog' })).toBeVisible();

  await page.getByRole('link', { name: /All posts/ }).click();
  await expect(page).toHaveURL('/blog');
  await expect(page.getByRole('heading', { level: 1, name: 'The GLOWPOP Blog' })).toBeVisible();

  await page
    .getByRole('link', { name: 'The Gut-Skin Axis: A Constant Conversation in your body' })
    .click();
  await expect(page).toHaveURL('/blog/the-gut-skin-axis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Gut-Skin Axis: A Constant Conversation in your body',
  );
  await expect(page).toHaveTitle(
    'The Gut-Skin Axis: A Constant Conversation in your body | GLOWPOP',
  );

  const explore = page.getByRole('region', { name: 'Explore more' });
  await expect(explore.getByRole('article')).toHaveCount(3);
  await explore.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/blog\/[a-z0-9-]+$/);
  await expect(page).not.toHaveURL('/blog/the-gut-skin-axis');
});

test('the blog lists every published post newest first, and never the draft', async ({ page }) => {
  await page.goto('/blog');
  const dates = await page
    .locator('main article time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThanOrEqual(6);
  expect(dates).toEqual([...dates].sort().reverse());
  await expect(page.getByText('Coming Soon: Our Summer Flavour Lineup')).toHaveCount(0);
  const draft = await page.request.get('/blog/summer-flavour-lineup');
  expect(draft.status()).toBe(404);
});

test('the table of contents jumps to each section', async ({ page }) => {
  await page.goto('/blog/the-gut-skin-axis');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveCount(8);
  await toc.getByRole('link', { name: 'Common Skin Issues Linked to Gut Health' }).click();
  await expect(page).toHaveURL(/#common-skin-issues-linked-to-gut-health$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Common Skin Issues Linked to Gut Health' }),
  ).toBeInViewport();
});

test('headings in an article are linkable by id', async ({ page }) => {
  await page.goto('/blog/the-gut-skin-axis#how-the-gut-influences-skin-health');
  const heading = page.getByRole('heading', {
    level: 2,
    name: 'How the Gut Influences Skin Health',
  });
  await expect(heading).toHaveAttribute('id', 'how-the-gut-influences-skin-health');
  await expect(heading).toBeInViewport();
});

test('the footer carries the brand line, the year and social links', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Glow Pop — Prebiotic Beauty Soda');
  await expect(footer).toContainText(`© ${new Date().getUTCFullYear()} GLOWPOP`);
  for (const name of ['Instagram', 'TikTok', 'Pinterest']) {
    await expect(footer.getByRole('link', { name: `GLOWPOP on ${name}` })).toBeVisible();
  }
  const more = footer.getByRole('list', { name: 'More from GLOWPOP' });
  await expect(more.getByRole('link', { name: 'Shop Glow Pop' })).toHaveAttribute(
    'href',
    'https://www.drinkglowpop.com/shop',
  );
  await expect(more.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/privacy');
  for (const [name, href] of [
    ['RSS', '/feed.xml'],
    ['Atom', '/atom.xml'],
    ['JSON Feed', '/feed.json'],
  ] as const) {
    await expect(more.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
});

/** The parts of an article sent in its HTML only, besides the body (HtmlOnlyPart), are there. */
async function expectWholeArticle(page: Page) {
  await expect(page.getByRole('list', { name: 'Tags' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^Share on Pinterest/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Explore more' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'GLOWPOP on Instagram' })).toBeVisible();
}

test('an article loads whole from its link; Back to it after a client-side navigation keeps its text and styles', async ({
  page,
}) => {
  await page.goto('/');
  // The site's stylesheet: the <style> that declares the display font.
  const siteCss = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('style')].find((style) =>
          style.textContent?.startsWith('@font-face{font-family:Bricolage'),
        )?.textContent?.length ?? 0,
    );
  const before = await siteCss();
  expect(before).toBeGreaterThan(5_000);
  // A full page load wipes this marker; a client-side navigation keeps it.
  const markPage = () => page.evaluate(() => Object.assign(window, { stillSamePage: true }));
  const samePage = () => page.evaluate(() => 'stillSamePage' in window);
  await markPage();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click();
  await expect(page).toHaveURL(/\/blog$/);
  expect(await samePage()).toBe(true);

  // Its body is in the article's HTML only, so a link to an article loads the page.
  await page
    .getByRole('link', { name: /^The Gut-Skin Axis/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The Gut-Skin Axis/);
  expect(await samePage()).toBe(false);
  const body = page.locator('.article-body');
  const text = await body.innerText();
  expect(text.length).toBeGreaterThan(2_000);

  // Home by the header (client-side, the banner's styles arrive with it), then Back: the router
  // renders the article again from its cache, with the body this tab has already shown. Links
  // navigate client-side once the page has hydrated; clicked before that, the browser loads
  // the next page whole (as it should), which a fast machine made this test do.
  await page.waitForLoadState('networkidle');
  await markPage();
  await page.getByRole('link', { name: 'GLOWPOP home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The Gut-Skin Axis/);
  await expect(body).toHaveText(text);
  await expectWholeArticle(page);
  expect(await samePage()).toBe(true);
  // The site stylesheet is the one the server wrote, whole; the article's styles joined it.
  expect(await siteCss()).toBe(before);
  const styled = await page.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    articleFont: getComputedStyle(document.querySelector('.article-body') as Element).fontSize,
    footer: getComputedStyle(document.querySelector('.site-footer') as Element).backgroundColor,
  }));
  expect(styled).toEqual({
    body: 'rgb(255, 248, 241)',
    articleFont: '18px',
    footer: 'rgb(34, 16, 46)',
  });
});

test('Back to an article after reloading the page navigated to still shows its text', async ({
  page,
}) => {
  await page.goto('/blog/the-gut-skin-axis');
  const body = page.locator('.article-body');
  const text = await body.innerText();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Blog' }).click();
  await expect(page).toHaveURL(/\/blog$/);
  // The reload empties this tab's memory of the bodies it has shown. Back is the router's only
  // once the reloaded page has hydrated (the framework starts at the first interaction, here as
  // the page is parsed); pressed before that, the browser loads the article whole, as it should.
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => Object.assign(window, { stillSamePage: true }));
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The Gut-Skin Axis/);
  await expect(body).toHaveText(text);
  await expectWholeArticle(page);
  // Rendered in this document by the router, not loaded afresh: the body came from the server's
  // page, read by HandedPart.
  expect(await page.evaluate(() => 'stillSamePage' in window)).toBe(true);
});
