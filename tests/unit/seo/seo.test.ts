import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { absolutizeHtml, feedDocument } from '@/lib/seo/feeds';
import { blogPostingJsonLd, breadcrumbJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { sharedUrl, shareTargets } from '@/lib/seo/share-links';
import { sitemapEntries } from '@/lib/seo/sitemap-entries';
import { site } from '@/lib/site';
import { makePost } from '../make-post';

const html =
  '<p>Body with <a href="/blog/other">a link</a> and <img src="/images/x.png" alt="x"></p>';
const posts = [
  makePost('newest', '2025-06-01', ['Skin Health'], { html }),
  makePost('updated', '2025-01-01', ['Skin Health', 'Gut Health'], { updated: '2025-07-15', html }),
  makePost('oldest', '2024-01-01', ['Gut Health'], { html }),
];

describe('pageMetadata', () => {
  it('gives every page an absolute canonical URL, Open Graph, a large Twitter card and the feeds', () => {
    const metadata = pageMetadata({
      title: 'Skin Health',
      description: 'About skin.',
      path: '/blog/tag/skin-health',
    });
    expect(metadata.alternates?.canonical).toBe(`${site.url}/blog/tag/skin-health`);
    expect(Object.keys(metadata.alternates?.types ?? {})).toEqual(['application/rss+xml']);
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      url: `${site.url}/blog/tag/skin-health`,
      title: 'Skin Health',
      description: 'About skin.',
      siteName: 'GLOWPOP',
      locale: 'en_US',
    });
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      site: site.xHandle,
      images: [],
    });
  });

  it('describes articles with their dates, section and tags', () => {
    const metadata = pageMetadata({
      title: 'A',
      description: 'B',
      path: '/blog/a',
      article: {
        publishedDate: '2025-01-01',
        modifiedDate: '2025-02-01',
        section: 'Prebiotic Benefits',
        tags: ['Skin Health'],
      },
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2025-01-01T00:00:00+00:00',
      modifiedTime: '2025-02-01T00:00:00+00:00',
      section: 'Prebiotic Benefits',
      tags: ['Skin Health'],
    });
  });
});

describe('JSON-LD', () => {
  it('describes a post as a BlogPosting with publisher, dates, page and keywords', () => {
    expect(blogPostingJsonLd(posts[1]!)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Title of updated',
      description: 'Summary of updated.',
      image: `${site.url}/blog/updated/og.png`,
      // Midnight where posts go live (UTC), with its offset.
      datePublished: '2025-01-01T00:00:00+00:00',
      dateModified: '2025-07-15T00:00:00+00:00',
      publisher: {
        '@type': 'Organization',
        name: 'GLOWPOP',
        logo: { '@type': 'ImageObject', url: `${site.url}/logo.png`, width: '512', height: '512' },
      },
      author: { '@type': 'Organization', name: 'GLOWPOP' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${site.url}/blog/updated` },
      keywords: 'Skin Health, Gut Health',
    });
  });

  it('credits a named writer as a Person, and the team as the Organization', () => {
    const byWriter = makePost('w', '2025-01-01', ['A'], { author: 'Ada Lovelace' });
    const byTeam = makePost('t', '2025-01-01', ['A'], { author: site.teamAuthor });
    expect(blogPostingJsonLd(byWriter).author).toEqual({ '@type': 'Person', name: 'Ada Lovelace' });
    expect(blogPostingJsonLd(byTeam).author).toMatchObject({
      '@type': 'Organization',
      name: 'GLOWPOP',
    });
  });

  it('numbers breadcrumbs from 1 with absolute URLs', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', path: '/' },
        { name: 'Blog', path: '/blog' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: `${site.url}/blog` },
    ]);
  });

  it('cannot be broken out of by </script> or an HTML comment in a title', () => {
    const hostile = blogPostingJsonLd(
      makePost('x', '2025-01-01', ['A'], { title: '</script><script>alert(1)</script><!--' }),
    );
    const serialized = serializeJsonLd(hostile);
    expect(serialized).not.toMatch(/<\/script|<script|<!--/i);
    expect(JSON.parse(serialized)).toMatchObject({
      headline: '</script><script>alert(1)</script><!--',
    });
  });
});

describe('the sitemap', () => {
  it('lists home, blog, each tag and each post, dated by their latest update', () => {
    expect(sitemapEntries(posts)).toEqual([
      { url: `${site.url}/`, lastModified: '2025-07-15' },
      { url: `${site.url}/blog`, lastModified: '2025-07-15' },
      { url: `${site.url}/blog/tag/gut-health`, lastModified: '2025-07-15' },
      { url: `${site.url}/blog/tag/skin-health`, lastModified: '2025-07-15' },
      { url: `${site.url}/blog/newest`, lastModified: '2025-06-01' },
      { url: `${site.url}/blog/updated`, lastModified: '2025-07-15' },
      { url: `${site.url}/blog/oldest`, lastModified: '2024-01-01' },
    ]);
  });
});

describe('feeds', () => {
  const feedOptions = {
    title: 'GLOWPOP Blog',
    description: 'D',
    pagePath: '/blog',
    feedPath: '/feed.xml',
  };
  const feed = {
    rss2: () => feedDocument(posts, feedOptions, 'rss'),
    atom1: () => feedDocument(posts, feedOptions, 'atom'),
    json: () => feedDocument(posts, feedOptions, 'json'),
  };
  const parser = new XMLParser({ ignoreAttributes: false });

  it('makes links inside post HTML absolute', () => {
    expect(
      absolutizeHtml(
        '<a href="/blog/x">x</a><img src="/i.png"><a href="//cdn.example/y">y</a><a href="#part">p</a>',
        `${site.url}/blog/a`,
      ),
    ).toBe(
      `<a href="${site.url}/blog/x">x</a><img src="${site.url}/i.png"><a href="//cdn.example/y">y</a><a href="${site.url}/blog/a#part">p</a>`,
    );
  });

  it('RSS 2.0 lists every post with absolute links, RFC 822 dates and full HTML', () => {
    const rss = parser.parse(feed.rss2());
    const items = rss.rss.channel.item;
    expect(items.map((item: { link: string }) => item.link)).toEqual(
      posts.map((post) => `${site.url}/blog/${post.slug}`),
    );
    expect(items[0].pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(items[0]['content:encoded']).toContain(`href="${site.url}/blog/other"`);
  });

  it('holds only the newest posts, however many there are', () => {
    const many = Array.from({ length: site.feedEntryCount + 5 }, (_, index) =>
      makePost(`post-${index}`, `2025-01-${String(31 - index).padStart(2, '0')}`, ['Gut Health']),
    );
    const rss = parser.parse(feedDocument(many, feedOptions, 'rss'));
    expect(rss.rss.channel.item.map((item: { link: string }) => item.link)).toEqual(
      many.slice(0, site.feedEntryCount).map((post) => `${site.url}/blog/${post.slug}`),
    );
  });

  it('gives titles and summaries to XML feeds as HTML-escaped text, and to JSON Feed as is', () => {
    const hostile = [
      makePost('hostile', '2025-01-01', ['Gut Health'], {
        title: 'Fizz <img src=x onerror=alert(1)>',
        summary: 'A & B <b>bold</b>',
      }),
    ];
    const options = { title: 'T', description: 'D', pagePath: '/blog', feedPath: '/feed.xml' };
    const rss = parser.parse(feedDocument(hostile, options, 'rss'));
    expect(rss.rss.channel.item.title).toBe('Fizz &lt;img src=x onerror=alert(1)&gt;');
    expect(rss.rss.channel.item.description).toBe('A &amp; B &lt;b&gt;bold&lt;/b&gt;');
    const json = JSON.parse(feedDocument(hostile, options, 'json')) as {
      items: { title: string; summary: string }[];
    };
    expect(json.items[0]).toMatchObject({
      title: 'Fizz <img src=x onerror=alert(1)>',
      summary: 'A & B <b>bold</b>',
    });
  });

  it('Atom and JSON Feed carry the same posts', () => {
    const atom = parser.parse(feed.atom1());
    expect(atom.feed.entry).toHaveLength(3);
    expect(atom.feed.entry[1].updated).toBe('2025-07-15T00:00:00.000Z');
    const json = JSON.parse(feed.json()) as { version: string; items: { url: string }[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((item) => item.url)).toEqual(
      posts.map((post) => `${site.url}/blog/${post.slug}`),
    );
  });
});

describe('share links', () => {
  it('tag every shared URL with the network, email or social, and the campaign', () => {
    expect(sharedUrl('/blog/a', 'pinterest')).toBe(
      `${site.url}/blog/a?utm_source=pinterest&utm_medium=social&utm_campaign=article-share`,
    );
    const targets = shareTargets({ path: '/blog/a', title: 'A & B', imagePath: '/blog/a/og.png' });
    expect(targets.map((target) => target.network)).toEqual([
      'pinterest',
      'facebook',
      'x',
      'email',
    ]);
    for (const target of targets) {
      const medium = target.network === 'email' ? 'email' : 'social';
      expect(decodeURIComponent(target.href)).toContain(
        `utm_source=${target.network}&utm_medium=${medium}&utm_campaign=article-share`,
      );
    }
    expect(targets[0]?.href).toContain(encodeURIComponent(`${site.url}/blog/a/og.png`));
    expect(targets[3]?.href).toMatch(/^mailto:\?subject=A%20%26%20B&body=/);
  });
});
