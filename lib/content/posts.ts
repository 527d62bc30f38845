import { cache } from 'react';
import { site } from '@/lib/site';
import { byNewest, defaultLoadContext, findPostFile, readPostFile } from './load-content';
import { parserVersion } from './parse-cache';
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

export const getPublishedPosts = cache(async (): Promise<Post[]> =>
  selectPublished(await getAllPosts(), isDev()),
);

export const getPostBySlug = cache(async (slug: string): Promise<Post | undefined> =>
  (await getPublishedPosts()).find((post) => post.slug === slug),
);

/** The published post that used to live at `slug`, for permanent redirects. */
export const getPostByAlias = cache(async (slug: string): Promise<Post | undefined> =>
  (await getPublishedPosts()).find((post) => post.aliases.includes(slug)),
);

/** Posts sharing the most tags first, then the newest; never the post itself. */
export function selectRelated(post: Post, posts: readonly Post[], limit: number): Post[] {
  const tags = new Set(post.tags.map((tag) => tag.slug));
  const shared = (other: Post) => other.tags.filter((tag) => tags.has(tag.slug)).length;
  return posts
    .filter((other) => other.slug !== post.slug)
    .map((other) => ({ other, score: shared(other) }))
    .sort((a, b) => b.score - a.score || byNewest(a.other, b.other))
    .slice(0, limit)
    .map(({ other }) => other);
}

export async function getRelatedPosts(post: Post): Promise<Post[]> {
  return selectRelated(post, await getPublishedPosts(), site.relatedPostCount);
}

/**
 * One published post read straight from its file, for the share-card route: cards are drawn by
 * the running server on request (drawing every card at build time was most of a large build),
 * and one card needs one file, not the whole content set.
 */
export async function readPublishedPost(slug: string): Promise<Post | undefined> {
  const file = await findPostFile(slug);
  if (!file) return undefined;
  const { post } = await readPostFile(file, defaultLoadContext(), await parserVersion());
  return post && selectPublished([post], isDev()).length > 0 ? post : undefined;
}
