import { Feed } from 'feed';
import type { Post } from '@/lib/content/schema';
import { site } from '@/lib/site';
import { absoluteUrl } from './absolute-url';
import { BRAND_ICON_PATHS } from './brand-icons';
import { escapeHtmlText } from '@/lib/html-escape';

type FeedOptions = {
  title: string;
  description: string;
  /** The page the feed mirrors, e.g. `/blog` or `/blog/tag/skin-health`. */
  pagePath: string;
  /** Where this RSS feed itself lives, e.g. `/feed.xml`. */
  feedPath: string;
};

/** Feed readers show the HTML away from the site, so its links and images must be absolute. */
export function absolutizeHtml(html: string): string {
  return html.replace(
    /\b(href|src)="\/(?!\/)/g,
    (_match, attribute: string) => `${attribute}="${site.url}/`,
  );
}

/**
 * RSS descriptions and Atom's `type="html"` titles and summaries are read as HTML, while a
 * post's title and summary are plain text: `<img onerror=…>` in a title must reach a feed
 * reader as those characters, not as an image. JSON Feed's title and summary are plain text.
 */
export type FeedFormat = 'xml' | 'json';

const updatedOf = (post: Post) => new Date(`${post.updated ?? post.date}T00:00:00Z`);

/**
 * One feed of the newest `site.feedEntryCount` posts, rendered as RSS 2.0 or Atom 1.0 (format
 * 'xml') or JSON Feed 1.1 by the caller. `posts` are newest first.
 */
export function buildFeed(posts: readonly Post[], options: FeedOptions, format: FeedFormat): Feed {
  const text = format === 'xml' ? escapeHtmlText : (plain: string) => plain;
  const feed = new Feed({
    title: text(options.title),
    description: text(options.description),
    id: absoluteUrl(options.pagePath),
    link: absoluteUrl(options.pagePath),
    language: 'en',
    favicon: absoluteUrl(BRAND_ICON_PATHS.favicon),
    image: absoluteUrl(BRAND_ICON_PATHS.logo),
    copyright: `© ${new Date().getUTCFullYear()} ${site.name}`,
    updated: posts[0] ? updatedOf(posts[0]) : new Date(0),
    feedLinks: {
      rss: absoluteUrl(options.feedPath),
      atom: absoluteUrl('/atom.xml'),
      json: absoluteUrl('/feed.json'),
    },
    author: { name: site.name, link: absoluteUrl('/') },
  });
  for (const post of posts.slice(0, site.feedEntryCount)) {
    const url = absoluteUrl(`/blog/${post.slug}`);
    feed.addItem({
      title: text(post.title),
      id: url,
      link: url,
      description: text(post.summary),
      content: absolutizeHtml(post.html),
      date: updatedOf(post),
      published: new Date(`${post.date}T00:00:00Z`),
      category: post.tags.map((tag) => ({
        name: tag.name,
        domain: absoluteUrl(`/blog/tag/${tag.slug}`),
      })),
      author: [{ name: post.author ?? site.name }],
      ...(post.image ? { image: absoluteUrl(post.image.src) } : {}),
    });
  }
  return feed;
}

export const blogFeedOptions = {
  title: `${site.name} Blog`,
  description: site.description,
  pagePath: '/blog',
  feedPath: '/feed.xml',
};

export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'content-type': `${contentType}; charset=utf-8` } });
}
