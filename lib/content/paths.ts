import { pagePath } from '@/lib/pagination';

/**
 * Every URL of the blog's pages and feeds is built here, for links, canonical URLs, the sitemap,
 * feeds, redirects and tests alike. A tag's slug may keep letters with no ASCII form (日本茶):
 * it is percent-encoded, so the same path works as a link, in a `Location` header and in XML.
 */
export const BLOG_PATH = '/blog';

export function postPath(slug: string): string {
  return `${BLOG_PATH}/${encodeURIComponent(slug)}`;
}

/** The 1200×630 card shown when an article is shared, drawn on request. */
export function sharePreviewPath(slug: string): string {
  return `${postPath(slug)}/og.png`;
}

export function tagPath(tagSlug: string): string {
  return `${BLOG_PATH}/tag/${encodeURIComponent(tagSlug)}`;
}

/** A page of the whole blog's list (no tag) or of one tag's; page 1 is the list's own URL. */
export function listPath(tagSlug: string | undefined, page = 1): string {
  return pagePath(tagSlug === undefined ? BLOG_PATH : tagPath(tagSlug), page);
}

/** `npm run dev` only: the drafts and scheduled posts, for editors. */
export const DRAFTS_PATH = '/drafts';

/**
 * What every build serves besides pages and feeds: the metadata routes and icons in app/. The
 * link check accepts them; an e2e test asks the built site for each, so the list cannot drift.
 */
export const SITE_FILE_PATHS = [
  '/sitemap.xml',
  '/robots.txt',
  '/og.png',
  '/favicon.ico',
  '/icon.svg',
  '/apple-touch-icon.png',
  '/logo.png',
  '/manifest.webmanifest',
] as const;

/** The whole site's feeds, one per format. */
export const FEED_PATHS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/** One tag's RSS feed, for readers who follow only Skin Health, say. */
export function tagFeedPath(tagSlug: string): string {
  return `${tagPath(tagSlug)}/feed.xml`;
}

/** Every article and tag page (drafts included where `posts` holds them). */
export function contentPagePaths(
  posts: readonly { slug: string; tags: readonly { slug: string }[] }[],
): Set<string> {
  const pages = new Set<string>();
  for (const post of posts) {
    pages.add(postPath(post.slug));
    for (const tag of post.tags) pages.add(tagPath(tag.slug));
  }
  return pages;
}
