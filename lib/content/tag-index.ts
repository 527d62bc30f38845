import type { Post } from './schema';
import type { Tag } from './tags';

export type TagSummary = Tag & { count: number };

/** Every tag of the given posts with its post count: most used first, then by name. */
export function buildTagIndex(posts: readonly Post[]): TagSummary[] {
  const bySlug = new Map<string, TagSummary>();
  for (const post of posts) {
    for (const tag of post.tags) {
      const summary = bySlug.get(tag.slug) ?? { ...tag, count: 0 };
      summary.count += 1;
      bySlug.set(tag.slug, summary);
    }
  }
  return [...bySlug.values()].sort(
    (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  );
}

export function postsWithTag(posts: readonly Post[], slug: string): Post[] {
  return posts.filter((post) => post.tags.some((tag) => tag.slug === slug));
}
