import path from 'node:path';
import { contentDir, displayPath, listMarkdownFiles, readIfExists } from './content-folder';
import type { ContentProblem } from './errors';
import { crossFileProblems } from './cross-file-rules';
import { HERO_SLIDES_FILE, parseHeroSlides } from './hero-slides';
import { postFileParser } from './parse-cache';
import type { LoadContext } from './parse-post-file';
import { publishingToday } from './publication';
import type { HeroSlide, Post } from './schema';

/** Everything editors write, validated: what the site is built from. */
export type ContentSet = { posts: Post[]; heroSlides: HeroSlide[]; problems: ContentProblem[] };

export function byNewest(a: Post, b: Post): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/** The site's public folder and today's date in the publishing time zone. */
export function defaultLoadContext(): LoadContext {
  return { publicDir: path.join(process.cwd(), 'public'), today: publishingToday() };
}

/**
 * Reads, validates and renders everything under `dir` (posts and the banner's slides),
 * collecting every problem in every file: the folder, each file, then the rules across files.
 */
export async function loadContent(
  dir: string = contentDir(),
  context: Partial<LoadContext> = {},
): Promise<ContentSet> {
  const { publicDir, today } = { ...defaultLoadContext(), ...context };
  const problems: ContentProblem[] = [];
  const files = await listMarkdownFiles(path.join(dir, 'posts'), problems);
  const parse = await postFileParser();
  const parsed = await Promise.all(files.map((file) => parse(file, { publicDir, today })));
  const posts = parsed.flatMap((result) => (result.post ? [result.post] : []));
  problems.push(...parsed.flatMap((result) => result.problems), ...crossFileProblems(posts));

  const slidesFile = path.join(dir, HERO_SLIDES_FILE);
  const hero = await parseHeroSlides(displayPath(slidesFile), await readIfExists(slidesFile), {
    posts,
    publicDir,
  });
  problems.push(...hero.problems);

  return { posts: posts.sort(byNewest), heroSlides: hero.slides, problems };
}
