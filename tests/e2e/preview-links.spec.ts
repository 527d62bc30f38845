import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { axeViolations } from './axe-violations';
import { FEED_PATHS, postPath } from '@/lib/content';
import { createPreviewToken, previewPath } from '@/lib/preview/preview-token';
import { E2E_PREVIEW_SECRET, baseURL } from '../../playwright.config';

/** The sample draft (content/posts/summer-flavour-lineup.md). */
const DRAFT = 'summer-flavour-lineup';
const day = 24 * 60 * 60 * 1000;

/** What an editor runs, against the e2e site: the link it prints. */
function previewLink(slug: string): string {
  const output = execFileSync('npm', ['run', '--silent', 'preview-link', '--', slug], {
    env: { ...process.env, PREVIEW_SECRET: E2E_PREVIEW_SECRET, SITE_URL: baseURL },
    encoding: 'utf8',
  });
  const link = output.split('\n')[0] ?? '';
  expect(link).toMatch(new RegExp(`^${baseURL}/preview/${DRAFT}\\.\\d+\\.[\\w-]{43}$`));
  return link;
}

test('npm run preview-link opens the draft as it will look, marked and kept out of search', async ({
  page,
}) => {
  const response = await page.goto(previewLink(DRAFT));
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  expect(response?.headers()['referrer-policy']).toBe('no-referrer');
  await expect(page.getByRole('note')).toContainText('Preview — not published.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Summer Flavour/);
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute(
    'content',
    'noindex, nofollow',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('wrong, tampered, expired, revoked and other-post links are plain 404s', async ({
  request,
}) => {
  const [slug, expires, signature] = new URL(previewLink(DRAFT)).pathname
    .replace('/preview/', '')
    .split('.');
  const tokens = {
    junk: 'not-a-token',
    'another slug, same signature': `the-gut-skin-axis.${expires}.${signature}`,
    'a later expiry': `${slug}.${Number(expires) + 30 * day}.${signature}`,
    expired: createPreviewToken(E2E_PREVIEW_SECRET, DRAFT, new Date(Date.now() - 8 * day)).token,
    'another secret': createPreviewToken('x'.repeat(40), DRAFT).token,
    'a post that does not exist': createPreviewToken(E2E_PREVIEW_SECRET, 'no-such-post').token,
  };
  for (const [name, token] of Object.entries(tokens)) {
    const response = await request.get(previewPath(token));
    expect(response.status(), name).toBe(404);
    expect(await response.text(), name).toContain('This preview link does not open anything.');
  }
});

test('a preview link to a post published since leads to the post', async ({ request }) => {
  const token = createPreviewToken(E2E_PREVIEW_SECRET, 'the-gut-skin-axis').token;
  const response = await request.get(previewPath(token), { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toBe(postPath('the-gut-skin-axis'));
});

test('the draft is in no list, feed or sitemap, and robots.txt keeps previews out', async ({
  request,
}) => {
  for (const path of ['/', '/blog', '/sitemap.xml', ...Object.values(FEED_PATHS)]) {
    const text = await (await request.get(path)).text();
    expect(text, path).not.toContain(DRAFT);
    expect(text, path).not.toContain('/preview/');
  }
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /preview/');
});
