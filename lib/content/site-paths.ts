import type { Post } from './schema';
import { BLOG_PATH, contentPagePaths } from './paths';

/**
 * Whether an internal link (such as `/blog/the-gut-skin-axis#summary` or `/blog/tag/skin-health`)
 * leads to a page the production build will have. Drafts and scheduled posts are not pages
 * there, so links to them do not count.
 */
export function isSitePath(href: string, posts: readonly Post[]): boolean {
  const { pathname } = new URL(href, 'http://site.invalid');
  const pages = contentPagePaths(posts.filter((post) => post.status === 'published'));
  pages.add('/').add(BLOG_PATH);
  return pages.has(pathname.replace(/(.)\/$/, '$1'));
}
