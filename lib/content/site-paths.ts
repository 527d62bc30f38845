import type { Post } from './schema';

/**
 * Whether an internal link (such as `/blog/the-gut-skin-axis#summary` or `/blog/tag/skin-health`)
 * leads to a page the production build will have. Drafts and scheduled posts are not pages
 * there, so links to them do not count.
 */
export function isSitePath(href: string, posts: readonly Post[]): boolean {
  const { pathname } = new URL(href, 'http://site.invalid');
  const pages = new Set(['/', '/blog']);
  for (const post of posts) {
    if (post.status !== 'published') continue;
    pages.add(`/blog/${post.slug}`);
    for (const tag of post.tags) pages.add(`/blog/tag/${tag.slug}`);
  }
  return pages.has(pathname.replace(/(.)\/$/, '$1'));
}
