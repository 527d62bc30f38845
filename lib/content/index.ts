/**
 * The content's one front door: pages, components, feeds, CLIs and tests import from here and
 * nowhere else in lib/content (an ESLint rule keeps it so; only lib/content's own unit tests
 * reach inside, and client components import `./paths` alone, since this file reaches the file
 * system). What it offers:
 * - cached queries over the validated content (each page of a build reads the files once);
 * - path builders, the only place a blog URL is written;
 * - the types pages render, and the few pure rules other modules share;
 * - for `content:check`, `new:post` and the editor's live preview, the loader itself.
 */

// Queries
export { getHeroSlides, isDev, pagesOfRoute } from './site-content';
export { getPostByAlias, getPostBySlug, getPublishedPosts, getRelatedPosts } from './posts';
export { getBlogListing, getTagIndex, pageParams, type BlogListing } from './blog-listing';

// Paths
export {
  BLOG_PATH,
  FEED_PATHS,
  listPath,
  postPath,
  sharePreviewPath,
  tagFeedPath,
  tagPath,
} from './paths';

// Types and shared rules
export type { Heading, HeroSlide, Post, PostImage } from './schema';
export { tagParam, tagSlug, toTag, type Tag } from './tags';
export { buildTagIndex, postsWithTag, type TagSummary } from './tag-index';
export { publishInstant } from './publication';
export { renderMarkdown } from './markdown';

// Editing: the checker, the scaffold and live preview
export { contentDir, displayPath, postFileSlugs } from './content-folder';
export { loadContent } from './load-content';
export { formatProblem, type ContentProblem } from './errors';
export { searchResultWarnings } from './search-description';
export { scaffoldPost } from './scaffold-post';
export { checkContent, waitUntilServed, watchContent, type ContentStatus } from './content-watch';
