import { cache } from 'react';
import { site } from '@/lib/site';
import type { Post } from './schema';
import { getSiteContent, isDev } from './site-content';

/** Every valid post, drafts included, newest first. */
export const getAllPosts = cache(async (): Promise<Post[]> => (await getSiteContent()).posts);

/**
 * Drafts and scheduled posts show while editing (`next dev`, with a badge) and nowhere in a
 * production build: every list, page, tag count, feed and the sitemap start from here.
 */
export function selectPublished(posts: readonly Post[], includeUnpublished: boolean): Post[] {
  return posts.filter((post) => includeUnpublished || post.status === 'published');
}

type PublishedIndex = { posts: Post[]; bySlug: Map<string, Post> };

/**
 * The published posts of one content set, and each by its slug. Keyed by the set's post list,
 * which in production is read once per process: a build renders thousands of pages from it,
 * and each page would otherwise filter and search the whole list again.
 */
const publishedIndexes = new WeakMap<readonly Post[], PublishedIndex>();

function publishedIndex(all: readonly Post[]): PublishedIndex {
  let index = publishedIndexes.get(all);
  if (!index) {
    const posts = selectPublished(all, isDev());
    index = { posts, bySlug: new Map(posts.map((post) => [post.slug, post])) };
    publishedIndexes.set(all, index);
  }
  return index;
}

export const getPublishedPosts = cache(
  async (): Promise<Post[]> => publishedIndex(await getAllPosts()).posts,
);

export const getPostBySlug = cache(async (slug: string): Promise<Post | undefined> =>
  publishedIndex(await getAllPosts()).bySlug.get(slug),
);

/** The published post that used to live at `slug`, for permanent redirects. */
export const getPostByAlias = cache(async (slug: string): Promise<Post | undefined> =>
  (await getPublishedPosts()).find((post) => post.aliases.includes(slug)),
);

/**
 * Posts sharing the most tags first, then the newest; never the post itself. `postsNewestFirst`
 * is in the order every query returns: one pass keeps the best `limit` so far, so each article
 * costs one look at each post rather than a sort of them all (a 10,000-post build renders
 * 10,000 articles).
 */
export function selectRelated(
  post: Post,
  postsNewestFirst: readonly Post[],
  limit: number,
): Post[] {
  const tags = new Set(post.tags.map((tag) => tag.slug));
  const best: { other: Post; score: number }[] = [];
  for (const other of postsNewestFirst) {
    if (other.slug === post.slug) continue;
    const score = other.tags.reduce((count, tag) => count + (tags.has(tag.slug) ? 1 : 0), 0);
    if (best.length === limit && score <= (best.at(-1)?.score ?? 0)) continue;
    // After every kept post with at least this score: an older post never passes a newer one.
    let at = best.length;
    while (at > 0 && (best[at - 1]?.score ?? 0) < score) at -= 1;
    best.splice(at, 0, { other, score });
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

export async function getRelatedPosts(post: Post): Promise<Post[]> {
  return selectRelated(post, await getPublishedPosts(), site.relatedPostCount);
}
