import { XMLParser } from 'fast-xml-parser';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  BLOG_PATH,
  SITE_FILE_PATHS,
  postPath,
  sharePreviewPath,
  tagPath,
  tagSlug,
} from '@/lib/content';
import { publishedPosts } from './published-posts';

const posts = publishedPosts();

const xml = new XMLParser({ ignoreAttributes: false });
const ABSOLUTE = /^https?:\/\/[^/]+(\/|$)/;

const meta = (page: Page, attribute: 'name' | 'property', key: string) =>
  page.locator(`head meta[${attribute}="${key}"]`).getAttribute('content');

for (const { name, path, ogType } of [
  { name: 'home', path: '/', ogType: 'website' },
  { name: 'blog', path: '/blog', ogType: 'website' },
  { name: 'tag', path: '/blog/tag/skin-health', ogType: 'website' },
  { name: 'article', path: '/blog/the-gut-skin-axis', ogType: 'article' },
]) {
  test(`the ${name} page has canonical, description, Open Graph, Twitter and feed links`, async ({
    page,
  }) => {
    await page.goto(path);
    const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(ABSOLUTE);
    expect(new URL(canonical ?? '').pathname).toBe(path);
    const description = (await meta(page, 'name', 'description')) ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(await meta(page, 'property', 'og:type')).toBe(ogType);
    expect(new URL((await meta(page, 'property', 'og:url')) ?? '').href).toBe(
      new URL(canonical ?? '').href,
    );
    expect(await meta(page, 'property', 'og:title')).toBeTruthy();
    expect(await meta(page, 'property', 'og:description')).toBeTruthy();
    expect(await meta(page, 'property', 'og:site_name')).toBe('GLOWPOP');
    expect(await meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'name', 'twitter:site')).toBe('@drinkglowpop');
    // The site's RSS feed; a tag page also offers its own (feeds.spec.ts). Atom and JSON Feed
    // are linked from the footer.
    await expect(
      page.locator('head link[rel="alternate"][type="application/rss+xml"]'),
    ).toHaveCount(name === 'tag' ? 2 : 1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}

test('the article describes itself as an article, with structured data', async ({ page }) => {
  await page.goto('/blog/the-gut-skin-axis');
  expect(await meta(page, 'property', 'article:published_time')).toBe('2025-02-28T00:00:00+00:00');
  expect(await meta(page, 'property', 'article:section')).toBe('Prebiotic Benefits');
  const tags = await page
    .locator('head meta[property="article:tag"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('content')));
  expect(tags).toEqual(['Skin Health', 'Gut Health']);
  await expect(page).toHaveTitle(
    'The Gut-Skin Axis: A Constant Conversation in your body | GLOWPOP',
  );

  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.map((node) => JSON.parse(node.textContent ?? 'null') as unknown));
  const items = blocks.flat() as { '@type': string; [key: string]: unknown }[];
  const posting = items.find((item) => item['@type'] === 'BlogPosting');
  expect(posting).toMatchObject({
    headline: 'The Gut-Skin Axis: A Constant Conversation in your body',
    datePublished: '2025-02-28T00:00:00+00:00',
    dateModified: '2025-02-28T00:00:00+00:00',
    author: { '@type': 'Organization', name: 'GLOWPOP' },
    publisher: {
      '@type': 'Organization',
      name: 'GLOWPOP',
      logo: { '@type': 'ImageObject', url: expect.stringMatching(/\/logo\.png$/), width: '512' },
    },
    keywords: 'Skin Health, Gut Health',
    image: expect.stringMatching(/^https?:\/\/.+\/blog\/the-gut-skin-axis\/og\.png$/),
  });
  // The 443-character summary stays on the page; search results get its first whole sentences.
  const description = await meta(page, 'name', 'description');
  expect(description).toBe(
    'The gut-skin axis refers to the connection between the gut microbiome and skin health.',
  );
  expect(posting?.description).toBe(description);
  expect(await meta(page, 'property', 'og:description')).toBe(description);
  await expect(page.locator('article .article-lede')).toContainText(
    'A healthy gut may be the key to clearer, more radiant skin.',
  );
  const breadcrumbs = items.find((item) => item['@type'] === 'BreadcrumbList');
  expect((breadcrumbs?.itemListElement as { name: string }[]).map((crumb) => crumb.name)).toEqual([
    'Home',
    'Blog',
    'The Gut-Skin Axis: A Constant Conversation in your body',
  ]);
});

/** The width and height of every image in an ICO file's directory (0 means 256). */
function icoSizes(bytes: Buffer) {
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const image = bytes.subarray(
      bytes.readUInt32LE(entry + 12),
      bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8),
    );
    expect(pngSize(image)).toEqual({ width: bytes[entry], height: bytes[entry + 1] });
    return bytes[entry];
  });
}

test('every page names its icons and web app manifest, and each one is served', async ({
  page,
  request,
}) => {
  await page.goto('/blog');
  const href = (selector: string) => page.locator(`head ${selector}`).getAttribute('href');
  expect(await href('link[rel="icon"][type="image/svg+xml"]')).toBe('/icon.svg');
  expect(await href('link[rel="apple-touch-icon"]')).toBe('/apple-touch-icon.png');
  expect(await href('link[rel="manifest"]')).toBe('/manifest.webmanifest');

  const favicon = await request.get('/favicon.ico');
  expect(favicon.headers()['content-type']).toBe('image/x-icon');
  expect(icoSizes(await favicon.body())).toEqual([16, 32, 48]);
  const touch = await request.get('/apple-touch-icon.png');
  expect(pngSize(await touch.body())).toEqual({ width: 180, height: 180 });
  const svg = await request.get('/icon.svg');
  expect(svg.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await svg.text()).toMatch(/^<svg /);

  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({ short_name: 'GLOWPOP', start_url: '/', theme_color: '#22102E' });
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type']).toContain(icon.type);
    if (icon.type === 'image/png') {
      const [width] = icon.sizes.split('x').map(Number);
      expect(pngSize(await response.body())).toEqual({ width, height: width });
    }
  }
});

test('the home page carries WebSite and Organization structured data', async ({ page }) => {
  await page.goto('/');
  const types = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((nodes) => nodes.flatMap((node) => [JSON.parse(node.textContent ?? '[]')].flat()));
  expect(types.map((item: { '@type': string }) => item['@type'])).toEqual([
    'WebSite',
    'Organization',
  ]);
});

test('the sitemap lists exactly the published pages, with their own dates', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const entries = [xml.parse(await response.text()).urlset.url].flat() as {
    loc: string;
    lastmod: string;
  }[];
  const paths = entries.map((entry) => new URL(entry.loc).pathname).sort();
  const tags = [...new Set(posts.flatMap((post) => post.tags))].map((tag) => tagPath(tagSlug(tag)));
  expect(paths).toEqual(
    ['/', BLOG_PATH, ...tags, ...posts.map((post) => postPath(post.slug))].sort(),
  );
  const article = entries.find((entry) => entry.loc.endsWith('/blog/the-gut-skin-axis'));
  expect(article?.lastmod).toBe('2025-02-28');
  expect(paths).not.toContain('/blog/summer-flavour-lineup');
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  expect(robots).toContain('Disallow: /api/');
});

test('RSS, Atom and JSON Feed parse and list every published post, and no draft', async ({
  request,
}) => {
  const titles = posts.map((post) => post.title);
  const rss = xml.parse(await (await request.get('/feed.xml')).text());
  expect(rss.rss['@_version']).toBe('2.0');
  expect(rss.rss.channel.item.map((item: { title: string }) => item.title)).toEqual(titles);
  const atom = xml.parse(await (await request.get('/atom.xml')).text());
  expect(
    atom.feed.entry.map((entry: { title: { '#text': string } | string }) =>
      typeof entry.title === 'string' ? entry.title : entry.title['#text'],
    ),
  ).toEqual(titles);
  const json = (await (await request.get('/feed.json')).json()) as { items: { title: string }[] };
  expect(json.items.map((item) => item.title)).toEqual(titles);

  const tagFeed = xml.parse(await (await request.get('/blog/tag/skin-health/feed.xml')).text());
  expect(tagFeed.rss.channel.item.map((item: { title: string }) => item.title)).toEqual(
    posts.filter((post) => post.tags.includes('Skin Health')).map((post) => post.title),
  );
  expect((await request.get('/blog/tag/no-such-tag/feed.xml')).status()).toBe(404);
});

test('a renamed article’s old URL redirects permanently to the current one', async ({
  request,
}) => {
  const response = await request.get('/blog/fibre-rich-foods', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(/\/blog\/five-fibre-rich-foods$/);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const { path, image } of [
  { path: '/blog/the-gut-skin-axis', image: '/blog/the-gut-skin-axis/og.png' },
  { path: '/blog/tag/skin-health', image: '/og.png' },
]) {
  test(`${path} shares a 1200×630 preview image`, async ({ page, request }) => {
    await page.goto(path);
    const ogImage = await meta(page, 'property', 'og:image');
    expect(ogImage).toMatch(ABSOLUTE);
    expect(new URL(ogImage ?? '').pathname).toBe(image);
    // X reads og:image when there is no twitter:image.
    await expect(page.locator('meta[name="twitter:image"]')).toHaveCount(0);
    expect(await meta(page, 'property', 'og:image:width')).toBe('1200');
    const response = await request.get(image);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('share cards are drawn for articles only', async ({ request }) => {
  for (const slug of ['no-such-article', 'The-Gut-Skin-Axis', '..%2F..%2Fpackage']) {
    expect((await request.get(sharePreviewPath(slug))).status(), slug).toBe(404);
  }
  const card = await request.get(sharePreviewPath('the-gut-skin-axis'));
  expect(card.headers()['cache-control']).toBe('public, max-age=86400');
});

test('a share card names its version: asked again, it is the same card, or a 304', async ({
  request,
}) => {
  const path = sharePreviewPath('the-gut-skin-axis');
  const first = await request.get(path);
  const again = await request.get(path);
  const etag = first.headers().etag ?? '';
  expect(etag).toMatch(/^"[\w-]{22}"$/);
  expect(again.headers().etag).toBe(etag);
  expect(Buffer.compare(await first.body(), await again.body())).toBe(0);
  const unchanged = await request.get(path, { headers: { 'if-none-match': etag } });
  expect(unchanged.status()).toBe(304);
  expect((await unchanged.body()).length).toBe(0);
  // Another article's card is another version.
  const other = await request.get(sharePreviewPath('what-are-prebiotics'));
  expect(other.headers().etag).not.toBe(etag);
});

test('articles offer share links tagged with utm parameters, and a copy-link button', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/blog/the-gut-skin-axis');
  const share = page.getByRole('region', { name: 'Share this article' });
  for (const [name, host] of [
    ['Share on Pinterest (opens in a new tab)', 'www.pinterest.com'],
    ['Share on Facebook (opens in a new tab)', 'www.facebook.com'],
    ['Share on X (opens in a new tab)', 'x.com'],
  ]) {
    const href = (await share.getByRole('link', { name }).getAttribute('href')) ?? '';
    expect(new URL(href).host).toBe(host);
    expect(decodeURIComponent(href)).toMatch(
      /blog\/the-gut-skin-axis\?utm_source=\w+&utm_medium=social&utm_campaign=article-share/,
    );
  }
  const email =
    (await share.getByRole('link', { name: 'Share by email' }).getAttribute('href')) ?? '';
  expect(email).toMatch(/^mailto:/);
  expect(decodeURIComponent(email)).toMatch(
    /blog\/the-gut-skin-axis\?utm_source=email&utm_medium=email&utm_campaign=article-share/,
  );
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/blog\/the-gut-skin-axis\?utm_source=copy-link&utm_medium=social&utm_campaign=article-share$/,
  );
});

test('every page type has one h1 and headings that never skip a level', async ({ page }) => {
  for (const path of [
    '/',
    '/blog',
    '/blog/tag/skin-health',
    '/blog/the-gut-skin-axis',
    '/blog/missing',
  ]) {
    await page.goto(path);
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) =>
        headings
          .filter((heading) => !heading.closest('[inert]'))
          .map((heading) => Number(heading.tagName.slice(1))),
      );
    expect(
      levels.filter((level) => level === 1),
      path,
    ).toHaveLength(1);
    expect(levels[0], path).toBe(1);
    levels.forEach((level, index) => {
      if (index > 0)
        expect(level, `${path}: heading ${index + 1}`).toBeLessThanOrEqual(
          (levels[index - 1] ?? 1) + 1,
        );
    });
  }
});

test('every file the content check accepts as a link is served by the build', async ({
  request,
}) => {
  for (const path of SITE_FILE_PATHS) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
  }
});
