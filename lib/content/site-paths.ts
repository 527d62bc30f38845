import type { Post } from './schema';
import { BLOG_PATH, contentPagePaths, postPath } from './paths';

/**
 * Whether an internal link (such as `/blog/the-gut-skin-axis#summary` or `/blog/tag/skin-health`)
 * leads to a page the production build will have. Drafts and scheduled posts are not pages
 * there, so links to them do not count; a renamed post's old address redirects, so it does.
 */
export function isSitePath(href: string, posts: readonly Post[]): boolean {
  const { pathname } = new URL(href, 'http://site.invalid');
  const published = posts.filter((post) => post.status === 'published');
  const pages = contentPagePaths(published);
  pages.add('/').add(BLOG_PATH);
  for (const post of published) for (const alias of post.aliases) pages.add(postPath(alias));
  return pages.has(pathname.replace(/(.)\/$/, '$1'));
}
