import { cache } from 'react';
import { paginate, pageCount } from '@/lib/pagination';
import { site } from '@/lib/site';
import { getPublishedPosts } from './posts';
import type { Post } from './schema';
import { buildTagIndex, postsWithTag, type TagSummary } from './tag-index';
import { listPath } from './paths';

/** One page of /blog or of a tag's list, with what the filter and pagination need. */
export type BlogListing = {
  posts: Post[];
  page: number;
  pageCount: number;
  /** Posts in this list, across its pages. */
  total: number;
  /** Posts in the whole blog, for the filter's "All". */
  blogTotal: number;
  /** `/blog`, or `/blog/tag/<slug>`: page 1's URL, and the base of the others. */
  basePath: string;
  /** The tag this list is filtered by; undefined for the whole blog. */
  tag?: TagSummary;
  /** Every tag with its count, for the filter. */
  tags: TagSummary[];
};

/** Per published-post list (one per process in production), so each page does not rebuild it. */
const tagIndexes = new WeakMap<readonly Post[], TagSummary[]>();

export const getTagIndex = cache(async (): Promise<TagSummary[]> => {
  const published = await getPublishedPosts();
  let index = tagIndexes.get(published);
  if (!index) {
    index = buildTagIndex(published);
    tagIndexes.set(published, index);
  }
  return index;
});

/** The list for `tagSlug` (or the whole blog) at `page`; undefined if either does not exist. */
export const getBlogListing = cache(
  async (tagSlug: string | undefined, page: number): Promise<BlogListing | undefined> => {
    const [published, tags] = await Promise.all([getPublishedPosts(), getTagIndex()]);
    const tag = tagSlug === undefined ? undefined : tags.find((entry) => entry.slug === tagSlug);
    if (tagSlug !== undefined && !tag) return undefined;
    const posts = tag ? postsWithTag(published, tag.slug) : published;
    const current = paginate(posts, page, site.postsPerPage);
    if (!current) return undefined;
    return {
      posts: current.items,
      page: current.page,
      pageCount: current.pageCount,
      total: posts.length,
      blogTotal: published.length,
      basePath: listPath(tag?.slug),
      tag,
      tags,
    };
  },
);

/**
 * Every `/page/N` of a list. "1" is included so that it is prerendered as a permanent redirect
 * to the list's own URL (a redirect from next.config would go out without security headers).
 */
export async function pageParams(tagSlug?: string): Promise<{ page: string }[]> {
  const published = await getPublishedPosts();
  const posts = tagSlug === undefined ? published : postsWithTag(published, tagSlug);
  const count = pageCount(posts.length, site.postsPerPage);
  return Array.from({ length: count }, (_, index) => ({ page: String(index + 1) }));
}
