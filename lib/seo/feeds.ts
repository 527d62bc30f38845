import { Feed } from 'feed';
import type { Post } from '@/lib/content/schema';
import { site } from '@/lib/site';
import { absoluteUrl } from './absolute-url';

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

const updatedOf = (post: Post) => new Date(`${post.updated ?? post.date}T00:00:00Z`);

/** One feed, rendered as RSS 2.0, Atom 1.0 or JSON Feed 1.1 by the caller. */
export function buildFeed(posts: readonly Post[], options: FeedOptions): Feed {
  const feed = new Feed({
    title: options.title,
    description: options.description,
    id: absoluteUrl(options.pagePath),
    link: absoluteUrl(options.pagePath),
    language: 'en',
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${new Date().getUTCFullYear()} ${site.name}`,
    updated: posts[0] ? updatedOf(posts[0]) : new Date(0),
    feedLinks: {
      rss: absoluteUrl(options.feedPath),
      atom: absoluteUrl('/atom.xml'),
      json: absoluteUrl('/feed.json'),
    },
    author: { name: site.name, link: absoluteUrl('/') },
  });
  for (const post of posts) {
    const url = absoluteUrl(`/blog/${post.slug}`);
    feed.addItem({
      title: post.title,
      id: url,
      link: url,
      description: post.summary,
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
