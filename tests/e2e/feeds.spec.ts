import { XMLParser } from 'fast-xml-parser';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { tagFeedPath, tagSlug } from '@/lib/content';
import { publishedPosts } from './published-posts';

/**
 * Each feed checked against its specification's required elements and value formats, not only
 * that it parses: RSS 2.0 (rssboard.org/rss-specification), Atom (RFC 4287) and JSON Feed 1.1.
 */
const posts = publishedPosts();
const tagSlugs = [...new Set(posts.flatMap((post) => post.tags.map(tagSlug)))];

const xml = new XMLParser({
  ignoreAttributes: false,
  // Elements that may repeat are always lists, so one item reads like many.
  isArray: (name, jPath) =>
    ['item', 'entry', 'category', 'author', 'dc:creator'].includes(name) ||
    (name === 'link' && String(jPath).startsWith('feed.')),
});

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE = /^https?:\/\/[^/\s]+\/\S*$/;
// A registered media type; "image/jpg" is a common mistake for image/jpeg.
const IMAGE_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'image/svg+xml',
];
const EMAIL_WITH_NAME = /^[^@\s]+@[^@\s]+\.[^@\s]+( \(.+\))?$/;

type Attributes = Record<string, string>;
const text = (value: unknown) =>
  typeof value === 'object' && value !== null && '#text' in value
    ? String((value as { '#text': unknown })['#text'])
    : String(value ?? '');

async function get(request: APIRequestContext, url: string, type: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe(`${type}; charset=utf-8`);
  return response.text();
}

/** The cover's size as the site serves it (from public/ or from beside a folder post). */
async function coverBytes(request: APIRequestContext, url: string): Promise<number> {
  const response = await request.get(new URL(url).pathname);
  expect(response.status(), url).toBe(200);
  return (await response.body()).length;
}

async function checkRss(request: APIRequestContext, feedPath: string, expectedTitles: string[]) {
  const body = await get(request, feedPath, 'application/rss+xml');
  const { rss } = xml.parse(body) as { rss: Attributes & { channel: Record<string, unknown> } };
  expect(rss['@_version']).toBe('2.0');
  const channel = rss.channel as {
    title: string;
    link: string;
    description: string;
    'atom:link': Attributes;
    item: Record<string, unknown>[];
  };
  expect(channel.title, `${feedPath}: channel title`).toBeTruthy();
  expect(channel.link).toMatch(ABSOLUTE);
  expect(channel.description, `${feedPath}: channel description`).toBeTruthy();
  expect(new URL(channel['atom:link']['@_href'] ?? '').pathname).toBe(feedPath);
  expect(channel.item.map((item) => text(item.title))).toEqual(expectedTitles);
  for (const item of channel.item) {
    const where = `${feedPath}: ${text(item.title)}`;
    expect(text(item.link), where).toMatch(ABSOLUTE);
    expect(text(item.guid), where).toBeTruthy();
    expect(text(item.pubDate), where).toMatch(RFC_822);
    // <author> is an email address; names belong in dc:creator.
    for (const author of (item.author as unknown[] | undefined) ?? [])
      expect(text(author), where).toMatch(EMAIL_WITH_NAME);
    expect((item['dc:creator'] as unknown[]).map(text), where).not.toContain('');
    const categories = item.category as Attributes[];
    expect(categories.length, where).toBeGreaterThan(0);
    for (const category of categories) expect(text(category), where).toBeTruthy();
    const enclosure = item.enclosure as Attributes | undefined;
    if (enclosure) {
      expect(enclosure['@_url'], where).toMatch(ABSOLUTE);
      expect(IMAGE_TYPES, where).toContain(enclosure['@_type']);
      expect(Number(enclosure['@_length']), where).toBe(
        await coverBytes(request, enclosure['@_url'] ?? ''),
      );
    }
  }
}

test('RSS feeds, site-wide and per tag, have every element RSS 2.0 requires', async ({
  request,
}) => {
  await checkRss(
    request,
    '/feed.xml',
    posts.map((post) => post.title),
  );
  for (const slug of tagSlugs) {
    await checkRss(
      request,
      tagFeedPath(slug),
      posts.filter((post) => post.tags.map(tagSlug).includes(slug)).map((post) => post.title),
    );
  }
  // Covers travel as enclosures with their own media types: the photo and the illustrations.
  const body = await get(request, '/feed.xml', 'application/rss+xml');
  expect(body).toMatch(/<enclosure [^>]*type="image\/jpeg"/);
  expect(body).toMatch(/<enclosure [^>]*type="image\/svg\+xml"/);
});

test('the Atom feed has every element RFC 4287 requires, categories with their term', async ({
  request,
}) => {
  const body = await get(request, '/atom.xml', 'application/atom+xml');
  const { feed } = xml.parse(body) as { feed: Record<string, unknown> };
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(text(feed.id)).toMatch(ABSOLUTE);
  expect(text(feed.title)).toBeTruthy();
  expect(text(feed.updated)).toMatch(RFC_3339);
  // A feed-level author covers every entry (RFC 4287 §4.1.1).
  expect(text((feed.author as { name: unknown }[])[0]?.name)).toBe('GLOWPOP');
  const links = feed.link as Attributes[];
  expect(new URL(links.find((link) => link['@_rel'] === 'self')?.['@_href'] ?? '').pathname).toBe(
    '/atom.xml',
  );
  const entries = feed.entry as Record<string, unknown>[];
  expect(entries.map((entry) => text(entry.title))).toEqual(posts.map((post) => post.title));
  for (const entry of entries) {
    const where = `atom: ${text(entry.title)}`;
    expect(text(entry.id), where).toMatch(ABSOLUTE);
    expect(text(entry.updated), where).toMatch(RFC_3339);
    expect(text(entry.published), where).toMatch(RFC_3339);
    const alternate = (entry.link as Attributes[]).find(
      (link) => !link['@_rel'] || link['@_rel'] === 'alternate',
    );
    expect(alternate?.['@_href'], where).toMatch(ABSOLUTE);
    for (const link of (entry.link as Attributes[]).filter((each) => each['@_rel'] === 'enclosure'))
      expect(IMAGE_TYPES, where).toContain(link['@_type']);
    if (text(entry.title).startsWith('Hydration and Your Glow'))
      expect(text(entry.content), where).toMatch(
        /^<p><img src="https?:\/\/[^"]+\/cover\.jpg" alt="[^"]+"/,
      );
    const categories = entry.category as Attributes[];
    expect(categories.length, where).toBeGreaterThan(0);
    for (const category of categories) {
      expect(category['@_term'], where).toMatch(/^[a-z0-9-]+$/);
      expect(category['@_label'], where).toBeTruthy();
      expect(category['@_scheme'], where).toMatch(/\/blog\/tag\/$/);
    }
  }
});

test('the JSON Feed is version 1.1 with its required fields', async ({ request }) => {
  const feed = JSON.parse(await get(request, '/feed.json', 'application/feed+json')) as Record<
    string,
    unknown
  > & { items: Record<string, unknown>[] };
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBeTruthy();
  expect(feed.home_page_url).toMatch(ABSOLUTE);
  expect(new URL(String(feed.feed_url)).pathname).toBe('/feed.json');
  expect(feed.language).toBe('en');
  // 1.1 replaced `author` with `authors`.
  expect(feed).not.toHaveProperty('author');
  expect(feed.authors).toEqual([expect.objectContaining({ name: 'GLOWPOP' })]);
  expect(feed.items.map((item) => item.title)).toEqual(posts.map((post) => post.title));
  for (const item of feed.items) {
    const where = `json: ${String(item.title)}`;
    expect(typeof item.id, where).toBe('string');
    expect(typeof item.content_html, where).toBe('string');
    expect(item.url, where).toMatch(ABSOLUTE);
    expect(item.date_published, where).toMatch(RFC_3339);
    expect(item, where).not.toHaveProperty('author');
    expect(item.authors, where).toEqual([{ name: expect.any(String) }]);
    expect((item.tags as string[]).length, where).toBeGreaterThan(0);
  }
});

test('a tag page advertises its own feed first, then the site-wide ones', async ({
  page,
  request,
}) => {
  await page.goto('/blog/tag/skin-health');
  const feeds = await page
    .locator('head link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(feeds.map((href) => new URL(href ?? '').pathname)).toEqual([
    '/blog/tag/skin-health/feed.xml',
    '/feed.xml',
  ]);
  expect((await request.get(new URL(feeds[0] ?? '').pathname)).status()).toBe(200);
  await page.goto('/blog');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(
    1,
  );
});
