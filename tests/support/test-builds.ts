import { generateManyPosts, MANY_POSTS_DIR } from '../fixtures/many-posts';
import { generateXssContent, XSS_CONTENT_DIR } from '../fixtures/xss/xss-content';

/**
 * The site built again from generated content sets, beside its own `.next`, for the browser
 * tests: each with its build folder, its content folder and what writes that content.
 */
export const TEST_BUILDS = {
  /** 60 posts, drafts and a scheduled one: pagination and the tag filter. */
  'many-posts': {
    distDir: '.next-many-posts',
    contentDir: MANY_POSTS_DIR,
    generate: generateManyPosts,
  },
  /** Every XSS payload in every field an editor writes. */
  xss: { distDir: '.next-xss', contentDir: XSS_CONTENT_DIR, generate: generateXssContent },
} as const;

export type TestBuildName = keyof typeof TEST_BUILDS;
