/**
 * The content's one front door: pages, components, feeds, CLIs and tests import from here and
 * nowhere else in lib/content (an ESLint rule keeps it so; client components import `./paths`
 * alone, since this file reaches the file system). What it offers:
 * - cached queries over the validated content (each page of a build reads the files once);
 * - path builders, the only place a blog URL is written;
 * - the types pages render, and the pure rules and parsers behind the queries;
 * - for `content:check`, `new:post` and the editor's live preview, the loader itself.
 */

// Queries
export { getContentVersion, getHeroSlides, isDev, pagesOfRoute } from './site-content';
export {
  getAllPosts,
  getPostByAlias,
  getPostBySlug,
  getPublishedPosts,
  getRelatedPosts,
} from './posts';
export { getBlogListing, getTagIndex, pageParams, type BlogListing } from './blog-listing';
export { getFolderPostImage, getFolderPostImages } from './folder-post-images';

// Paths
export {
  BLOG_PATH,
  contentPagePaths,
  DRAFTS_PATH,
  FEED_PATHS,
  listPath,
  postPath,
  SITE_FILE_PATHS,
  sharePreviewPath,
  tagFeedPath,
  tagPath,
} from './paths';

// Types, and the pure rules and parsers behind the queries (shared, and unit-tested one by one)
export {
  FRONT_MATTER_FIELDS,
  type Heading,
  type HeroSlide,
  type Post,
  type PostImage,
} from './schema';
export { tagParam, tagSlug, toTag, type Tag } from './tags';
export { buildTagIndex, postsWithTag, type TagSummary } from './tag-index';
export { publicationStatus, publishInstant, publishingToday, statusLabel } from './publication';
export { countWords, readingMinutes, renderMarkdown, usesRichMarkup } from './markdown';
export { selectPublished, selectRelated } from './posts';
export { byNewest } from './load-content';
export { parsePostFile } from './parse-post-file';
export { parseHeroSlides } from './hero-slides';
export { searchDescription } from './search-description';

// Editing: the checker, the scaffold and live preview
export { contentDir, displayPath, postFileSlugs, slugOfPostFile } from './content-folder';
export { loadContent } from './load-content';
export { findPost } from './find-post';
export { formatProblem, type ContentProblem } from './errors';
export { searchResultWarnings } from './search-description';
export { scaffoldPost, slugFromTitle } from './scaffold-post';
export { checkContent, waitUntilServed, watchContent, type ContentStatus } from './content-watch';
