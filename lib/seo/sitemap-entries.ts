import type { MetadataRoute } from 'next';
import {
  type Post,
  buildTagIndex,
  postsWithTag,
  BLOG_PATH,
  postPath,
  tagPath,
} from '@/lib/content';
import { absoluteUrl } from './absolute-url';

/** A list changes when its newest change does: the latest `updated` or `date` among its posts. */
function lastChange(posts: readonly Post[]): string | undefined {
  return posts
    .map((post) => post.updated ?? post.date)
    .sort()
    .at(-1);
}

/**
 * Every published page with a real last-modified date (never the build time): home, blog, tag
 * pages and articles. Drafts are not passed in, so they never appear.
 */
export function sitemapEntries(posts: readonly Post[]): MetadataRoute.Sitemap {
  const newest = lastChange(posts);
  return [
    { url: absoluteUrl('/'), lastModified: newest },
    { url: absoluteUrl(BLOG_PATH), lastModified: newest },
    ...buildTagIndex(posts).map((tag) => ({
      url: absoluteUrl(tagPath(tag.slug)),
      lastModified: lastChange(postsWithTag(posts, tag.slug)),
    })),
    ...posts.map((post) => ({
      url: absoluteUrl(postPath(post.slug)),
      lastModified: post.updated ?? post.date,
    })),
  ];
}
