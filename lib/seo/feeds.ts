import { Feed } from 'feed';
import {
  publishInstant,
  type Post,
  type PostImage,
  BLOG_PATH,
  FEED_PATHS,
  postPath,
  tagPath,
} from '@/lib/content';
import { site } from '@/lib/site';
import { absoluteUrl } from './absolute-url';
import { BRAND_ICON_PATHS } from './brand-icons';
import { escapeHtml, escapeHtmlText } from '@/lib/html-escape';

type FeedOptions = {
  title: string;
  description: string;
  /** The page the feed mirrors, e.g. `/blog` or `/blog/tag/skin-health`. */
  pagePath: string;
  /** Where this RSS feed itself lives, e.g. `/feed.xml`. */
  feedPath: string;
};

/**
 * Feed readers show the HTML away from the site, so its links and images must be absolute; a
 * link to a section (`#id`, every heading's own link) points into the article's page.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  return html
    .replace(/\b(href|src)="\/(?!\/)/g, (_match, attribute: string) => `${attribute}="${site.url}/`)
    .replace(/\bhref="#/g, `href="${pageUrl}#`);
}

function coverHtml({ src, alt, width, height }: PostImage): string {
  return `<p><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" width="${width}" height="${height}"></p>`;
}

/** RSS 2.0, Atom 1.0 (RFC 4287) or JSON Feed 1.1. */
export type FeedFormat = 'rss' | 'atom' | 'json';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

const publishedAt = (date: string) => new Date(publishInstant(date));

/**
 * One feed of the newest `site.feedEntryCount` posts (`posts` are newest first). RSS
 * descriptions and Atom's `type="html"` titles and summaries are read as HTML, while a post's
 * title and summary are plain text: `<img onerror=…>` in a title must reach a feed reader as
 * those characters, not as an image. JSON Feed's title and summary are plain text.
 */
function buildFeed(posts: readonly Post[], options: FeedOptions, format: FeedFormat): Feed {
  const text = format === 'json' ? (plain: string) => plain : escapeHtmlText;
  const newest = posts[0];
  const feed = new Feed({
    title: text(options.title),
    description: text(options.description),
    id: absoluteUrl(options.pagePath),
    link: absoluteUrl(options.pagePath),
    language: 'en',
    favicon: absoluteUrl(BRAND_ICON_PATHS.favicon),
    image: absoluteUrl(BRAND_ICON_PATHS.logo),
    copyright: `© ${new Date().getUTCFullYear()} ${site.name}`,
    updated: newest ? publishedAt(newest.updated ?? newest.date) : new Date(0),
    feedLinks: {
      rss: absoluteUrl(options.feedPath),
      atom: absoluteUrl(FEED_PATHS.atom),
      json: absoluteUrl(FEED_PATHS.json),
    },
    author: { name: site.name, link: absoluteUrl('/') },
  });
  const tagScheme = absoluteUrl(tagPath(''));
  for (const post of posts.slice(0, site.feedEntryCount)) {
    const url = absoluteUrl(postPath(post.slug));
    const author = post.author ?? site.teamAuthor;
    feed.addItem({
      title: text(post.title),
      id: url,
      link: url,
      description: text(post.summary),
      content: absolutizeHtml(
        post.image && format === 'atom' ? `${coverHtml(post.image)}\n${post.html}` : post.html,
        url,
      ),
      date: publishedAt(post.updated ?? post.date),
      published: publishedAt(post.date),
      // Atom needs `term` (the tag's slug, under the scheme of tag pages) and shows `label`;
      // RSS shows the name and takes the tag page as its domain.
      category: post.tags.map((tag) => ({
        name: tag.name,
        term: tag.slug,
        scheme: tagScheme,
        domain: absoluteUrl(tagPath(tag.slug)),
      })),
      // RSS's <author> must be an email address; a name goes in Dublin Core's dc:creator.
      ...(format === 'rss'
        ? { extensions: [{ name: 'dc:creator', objects: { _text: author } }] }
        : { author: [{ name: author }] }),
      // The feed package labels an Atom enclosure by its file extension ("image/jpg", not a
      // media type), so Atom entries show the cover at the top of their content instead.
      ...(post.image && format !== 'atom'
        ? {
            image: {
              url: absoluteUrl(post.image.src),
              type: post.image.type,
              length: post.image.bytes,
            },
          }
        : {}),
    });
  }
  return feed;
}

/**
 * The feed package writes JSON Feed 1.0; 1.1 replaces `author` with `authors` and adds
 * `language`. Everything else is unchanged between the versions.
 */
function jsonFeed11(json: string): string {
  const {
    version: _version,
    author,
    items,
    ...rest
  } = JSON.parse(json) as {
    version: string;
    author?: object;
    items: ({ author?: object } & Record<string, unknown>)[];
  };
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      ...rest,
      language: 'en',
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: itemAuthor, ...item }) => ({
        ...item,
        ...(itemAuthor ? { authors: [itemAuthor] } : {}),
      })),
    },
    null,
    2,
  );
}

/** The feed's text in one format. */
export function feedDocument(
  posts: readonly Post[],
  options: FeedOptions,
  format: FeedFormat,
): string {
  const feed = buildFeed(posts, options, format);
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed.json1());
}

/** A feed route's response, with its format's media type. */
export function feedResponse(
  posts: readonly Post[],
  options: FeedOptions,
  format: FeedFormat,
): Response {
  return new Response(feedDocument(posts, options, format), {
    headers: { 'content-type': `${CONTENT_TYPES[format]}; charset=utf-8` },
  });
}

export const blogFeedOptions = {
  title: `${site.name} Blog`,
  description: site.description,
  pagePath: BLOG_PATH,
  feedPath: FEED_PATHS.rss,
};
