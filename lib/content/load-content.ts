import { stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDir, displayPath, listMarkdownFiles, readIfExists } from './content-folder';
import type { ContentProblem } from './errors';
import { crossFileFindings, factsOf, type PostFacts } from './cross-file-rules';
import { linkFindings } from './link-rules';
import { postWarnings } from './post-warnings';
import { HERO_SLIDES_FILE, parseHeroSlides } from './hero-slides';
import { postFileParser } from './parse-cache';
import type { LoadContext } from './parse-post-file';
import { publishingToday } from './publication';
import type { HeroSlide, Post } from './schema';

/**
 * Everything editors write, validated: what the site is built from. Problems stop a build;
 * warnings are advice shown the same way that publishes anyway (`content:check --strict`
 * fails on them too).
 */
export type ContentSet = {
  posts: Post[];
  heroSlides: HeroSlide[];
  problems: ContentProblem[];
  warnings: ContentProblem[];
};

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
  const facts = await withFileAges(
    parsed.flatMap((result) => (result.post ? [factsOf(result.post)] : (result.facts ?? []))),
    files,
  );
  const acrossFiles = crossFileFindings(facts);
  const links = linkFindings(facts, publicDir);
  problems.push(
    ...parsed.flatMap((result) => result.problems),
    ...acrossFiles.problems,
    ...links.problems,
  );
  const warnings = [
    ...posts.flatMap((post) => postWarnings(post, today)),
    ...acrossFiles.warnings,
    ...links.warnings,
  ];

  const slidesFile = path.join(dir, HERO_SLIDES_FILE);
  const hero = await parseHeroSlides(displayPath(slidesFile), await readIfExists(slidesFile), {
    posts,
    publicDir,
  });
  problems.push(...hero.problems);

  return { posts: posts.sort(byNewest), heroSlides: hero.slides, problems, warnings };
}

/**
 * When each file of a slug more than one file claims was first written, so the message can
 * say which is new. Only those files are looked at: one slug per file is the usual case.
 */
async function withFileAges(facts: PostFacts[], files: readonly string[]): Promise<PostFacts[]> {
  const claims = new Map<string, number>();
  for (const fact of facts) claims.set(fact.slug, (claims.get(fact.slug) ?? 0) + 1);
  const byShownPath = new Map(files.map((file) => [displayPath(file), file]));
  return Promise.all(
    facts.map(async (fact) => {
      const file = byShownPath.get(fact.file);
      if ((claims.get(fact.slug) ?? 0) < 2 || !file) return fact;
      // A file deleted since it was listed just has no age.
      const info = await stat(file).catch(() => undefined);
      // Not every file system records a birth time; the last change is the next best clue.
      return info ? { ...fact, addedAt: info.birthtimeMs || info.mtimeMs } : fact;
    }),
  );
}
