import { expect, test } from './fixtures';

const SEED = '/blog/the-gut-skin-axis';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the text starts within the first screen: a lede, then contents folded away', async ({
    page,
  }) => {
    await page.goto(SEED);
    const title = page.getByRole('heading', { level: 1 });
    const lede = page.locator('article .article-lede');
    const firstParagraph = page.locator('article .article-body > p').first();
    const top = async (locator: typeof title) => (await locator.boundingBox())?.y ?? Infinity;
    expect(await top(lede)).toBeLessThan(844);
    expect((await top(firstParagraph)) - (await top(lede))).toBeLessThan(844);
    expect(await top(title)).toBeLessThan(await top(lede));

    // The contents are one line until opened, and opening them needs no script.
    const contents = page.locator('details.toc');
    await expect(contents).not.toHaveAttribute('open');
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await contents.locator('summary').click();
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await expect(nav.getByRole('link')).toHaveCount(8);
    await nav.getByRole('link', { name: 'What Is the Gut-Skin Axis?' }).click();
    await expect(page).toHaveURL(/#what-is-the-gut-skin-axis$/);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the contents still open and lead to their sections', async ({ page }) => {
      await page.goto(SEED);
      await page.locator('details.toc summary').click();
      await page
        .getByRole('navigation', { name: 'On this page' })
        .getByRole('link', { name: 'How the Gut Influences Skin Health' })
        .click();
      await expect(
        page.getByRole('heading', { level: 2, name: 'How the Gut Influences Skin Health' }),
      ).toBeInViewport();
    });
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the contents sit open beside the text, stay in view and mark the section being read', async ({
    page,
  }) => {
    await page.goto(SEED);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await expect(nav).toBeVisible();
    const body = await page.locator('article .article-body').boundingBox();
    const side = await page.locator('details.toc').boundingBox();
    expect(side && body && side.x).toBeGreaterThanOrEqual((body?.x ?? 0) + (body?.width ?? 0));

    await page
      .getByRole('heading', { level: 2, name: 'Common Skin Issues Linked to Gut Health' })
      .scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    await expect(nav).toBeInViewport();
    await expect(nav.locator('a[aria-current="location"]')).toHaveText(
      'Common Skin Issues Linked to Gut Health',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(nav.locator('a[aria-current]')).toHaveCount(0);
  });
});

test('every section heading links to itself, with a # shown on keyboard focus', async ({
  page,
}) => {
  await page.goto(SEED);
  const heading = page.getByRole('heading', { level: 2, name: 'What Is the Gut-Skin Axis?' });
  // The heading's name is its text: the "#" is decoration, not read aloud.
  const link = heading.getByRole('link', { name: 'What Is the Gut-Skin Axis?', exact: true });
  await expect(link).toHaveAttribute('href', '#what-is-the-gut-skin-axis');
  const hashOpacity = () =>
    link.evaluate((element) => getComputedStyle(element, '::after').opacity);
  expect(await hashOpacity()).toBe('0');
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await hashOpacity()).toBe('1');
});

test('every article has a byline: its author, or the team', async ({ page }) => {
  await page.goto('/blog/what-are-prebiotics');
  await expect(page.locator('article header .meta')).toContainText(/By \S/);
  await page.goto(SEED);
  await expect(page.locator('article header .meta')).toContainText('By The GLOWPOP Team');
});

test('the body is sent once: in the HTML, not again in the React payload or a client navigation’s', async ({
  request,
}) => {
  const html = await (await request.get(SEED)).text();
  expect(html.split('dive into the science behind it')).toHaveLength(2);
  // What the router would fetch to render the article itself carries no body either.
  const payload = await (await request.get(SEED, { headers: { RSC: '1' } })).text();
  expect(payload).toContain('The Gut-Skin Axis');
  expect(payload).not.toContain('dive into the science');
});

test('parts with nothing interactive in them are sent once, in the HTML only', async ({
  request,
}) => {
  // Text only these parts hold: the article's header (its tags), contents, share links,
  // "Explore more" and structured data, and on every page the footer's links.
  const footer = ['drinkglowpop.com/shop', 'instagram.com/drinkglowpop'];
  const parts = {
    [SEED]: [
      '/blog/tag/skin-health',
      '#what-is-the-gut-skin-axis',
      'pinterest.com/pin/create',
      'Explore more',
      'BlogPosting',
      ...footer,
    ],
    '/blog/tag/skin-health': ['BreadcrumbList', ...footer],
  };
  for (const [path, texts] of Object.entries(parts)) {
    const html = await (await request.get(path)).text();
    const payload = await (await request.get(path, { headers: { RSC: '1' } })).text();
    expect(payload).toContain('"c":["","blog"');
    for (const text of texts) {
      expect(html, `${path}: "${text}" in the HTML`).toContain(text);
      expect(payload, `${path}: "${text}" in the React payload`).not.toContain(text);
    }
    // Next keeps the not-found page ready in every page's payload: there, only a handle.
    expect(payload).not.toContain('lost its fizz');
  }
  const missing = await request.get('/blog/no-such-article');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('This page lost its fizz.');
});

test('a page React renders afresh keeps its HTML-only parts without asking the server again', async ({
  page,
}) => {
  // Next renders the not-found page afresh in the browser rather than hydrating it.
  const refetched: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'fetch' && !request.url().includes('_rsc')) {
      refetched.push(request.url());
    }
  });
  await page.goto('/blog/no-such-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page lost its fizz.');
  await expect(page.getByRole('link', { name: 'Read the blog' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(refetched).toEqual([]);
});

test('styles for tables, code, quotes and the like come with the articles that hold them only', async ({
  page,
}) => {
  // React writes styles of one precedence into one element, naming each in data-href.
  const richStyles = page.locator('style[data-href~="glowpop-article-rich"]');
  // The seed article is headings, paragraphs and lists.
  await page.goto(SEED);
  await expect(page.locator('.article-body')).toBeVisible();
  await expect(richStyles).toHaveCount(0);

  await page.goto('/blog/prebiotics-vs-probiotics');
  await expect(richStyles).toHaveCount(1);
  const body = page.locator('.article-body');
  // A wide table scrolls inside its own box, its rows ruled.
  await expect(body.locator('table')).toHaveCSS('display', 'block');
  await expect(body.locator('td').first()).toHaveCSS('border-bottom-style', 'solid');
});
