import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { isMissingFile, type ContentProblem } from './errors';
import { HERO_SLIDES_FILE, parseHeroSlides } from './hero-slides';
import { renderMarkdown } from './markdown';
import { PLACEHOLDERS } from './scaffold-post';
import { publicationStatus, publishingToday } from './publication';
import {
  FRONT_MATTER_FIELDS,
  frontMatterSchema,
  SLUG_PATTERN,
  type FrontMatter,
  type HeroSlide,
  type Post,
  type PostImage,
} from './schema';
import { checkPostImage, type ImageProblem } from './images';
import { searchDescription } from './search-description';
import { cacheEntry, parserVersion, readCachedPost, writeCachedPost } from './parse-cache';
import { tagSlug } from './tags';
import { problemsFromIssues } from './zod-problems';
import { settings } from '@/lib/config';

/** Everything editors write, validated: what the site is built from. */
export type ContentSet = { posts: Post[]; heroSlides: HeroSlide[]; problems: ContentProblem[] };

/** `content/` unless CONTENT_DIR points elsewhere (tests and benchmarks use their own sets). */
export function contentDir(): string {
  const fromEnvironment = settings().CONTENT_DIR;
  return fromEnvironment
    ? // Only tests and benchmarks set it: keep the bundler from tracing whatever it points at.
      path.resolve(/* turbopackIgnore: true */ fromEnvironment)
    : path.join(process.cwd(), 'content');
}

/** How a path is shown to editors: relative to where they ran the command. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

/**
 * YAML 1.2 keeps `2025-02-28` a string (gray-matter's default YAML 1.1 parser would turn it
 * into a Date at midnight UTC, shifting it a day in western time zones), and rejects
 * duplicate keys instead of silently keeping the last one.
 */
const matterOptions = {
  engines: { yaml: (source: string): object => YAML.parse(source, { uniqueKeys: true }) ?? {} },
};

type ParsedFile = { post?: Post; problems: ContentProblem[] };

/** Where content is checked against: the files it refers to, and the day it is read. */
export type LoadContext = {
  /** Where post images (under `images/posts/<slug>/`) and slide images must exist. */
  publicDir: string;
  /** YYYY-MM-DD: posts dated after it are scheduled, not published. */
  today: string;
};

export async function parsePostFile(
  file: string,
  source: string,
  { publicDir, today }: LoadContext,
): Promise<ParsedFile> {
  const shown = displayPath(file);
  const problems: ContentProblem[] = [];
  const problem = (field: string, expected: string, found?: string, hint?: string) =>
    problems.push({ file: shown, field, expected, found, hint });

  const slug = path.basename(file, '.md');
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = tagSlug(slug).replace(/[^a-z0-9-]/g, '');
    problem(
      'file name',
      'lowercase words joined by hyphens, like "my-post.md"',
      JSON.stringify(path.basename(file)),
      suggestion ? `rename it to "${suggestion}.md"` : undefined,
    );
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, matterOptions);
  } catch (error) {
    problem('front matter', 'valid YAML between the --- lines', describeYamlError(error));
    return { problems };
  }

  if (!source.trimStart().startsWith('---')) {
    problem(
      'front matter',
      'a block between --- lines at the top of the file (title, date, summary, tags)',
      'none',
    );
    return { problems };
  }

  const raw: unknown = parsed.data;
  const result = frontMatterSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    problems.push(
      ...problemsFromIssues({
        file: shown,
        raw,
        issues: result.error.issues,
        knownFields: () => FRONT_MATTER_FIELDS,
      }),
    );
  }

  const body = parsed.content;
  if (result.success && !result.data.draft) {
    if (result.data.summary.includes(PLACEHOLDERS.summary))
      problem(
        'summary',
        'your own summary before publishing',
        'the text npm run new:post put there',
      );
    if (body.includes(PLACEHOLDERS.body))
      problem(
        'body',
        'your own text before publishing',
        `"${PLACEHOLDERS.body}" from npm run new:post`,
      );
  }
  const cover = result.success ? await checkCover(result.data, slug, publicDir) : {};
  if (cover.problem) problems.push({ file: shown, field: 'image', ...cover.problem });

  if (body.trim() === '') {
    problem('body', 'markdown text after the front matter', 'nothing');
    return { problems };
  }

  const rendered = await renderMarkdown(body, { slug, publicDir });
  const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length - 1;
  for (const title of rendered.misplacedTitles) {
    problem(
      `body, line ${bodyStartLine + title.line}`,
      'section headings to start at ## (the title is the page’s only # heading)',
      JSON.stringify(`# ${title.text}`),
    );
  }
  for (const { line, expected, found, hint } of rendered.imageProblems) {
    problem(`body, line ${bodyStartLine + line}, image`, expected, found, hint);
  }

  if (!result.success || problems.length > 0) return { problems };
  const { image: _reference, imageAlt: _alt, description, ...frontMatter } = result.data;
  const { misplacedTitles: _titles, imageProblems: _images, ...renderedBody } = rendered;
  const status = publicationStatus(frontMatter, today);
  return {
    post: {
      ...frontMatter,
      ...renderedBody,
      description: description ?? searchDescription(frontMatter.summary),
      image: cover.image,
      status,
      slug,
      file: shown,
    },
    problems,
  };
}

/**
 * Reads and parses one post file, reusing the parse cache when nothing it depends on changed.
 * `cacheVersion` comes from parserVersion(), read once per load; undefined parses afresh.
 */
export async function readPostFile(
  file: string,
  context: LoadContext,
  cacheVersion: string | undefined,
): Promise<ParsedFile> {
  const source = await readFile(file, 'utf8');
  const slug = path.basename(file, '.md');
  const entry = cacheVersion
    ? await cacheEntry(cacheVersion, { file: displayPath(file), slug, source, ...context })
    : undefined;
  const cached = entry ? await readCachedPost(entry, slug) : undefined;
  if (cached) return { post: cached, problems: [] };
  const result = await parsePostFile(file, source, context);
  if (entry && result.post && result.problems.length === 0)
    await writeCachedPost(entry, result.post);
  return result;
}

/** The names of the files under `posts/`, as paths within it; none if there is no such folder. */
async function postFileNames(dir: string): Promise<string[]> {
  return readdir(path.join(dir, 'posts'), { recursive: true }).catch(() => []);
}

/** The file of the post with this slug, wherever it sits under `posts/`. */
export async function findPostFile(
  slug: string,
  dir: string = contentDir(),
): Promise<string | undefined> {
  if (!SLUG_PATTERN.test(slug)) return undefined;
  const match = (await postFileNames(dir)).find((name) => path.basename(name) === `${slug}.md`);
  return match === undefined ? undefined : path.join(dir, 'posts', match);
}

/** The slug of every markdown file under `posts/`, whether or not it is valid. */
export async function postFileSlugs(dir: string = contentDir()): Promise<string[]> {
  return (await postFileNames(dir))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.basename(name, '.md'));
}

/** The front matter's `image`, measured, or what is wrong with it. */
async function checkCover(
  { image, imageAlt }: FrontMatter,
  slug: string,
  publicDir: string,
): Promise<{ image?: PostImage; problem?: ImageProblem }> {
  if (image === undefined || imageAlt === undefined) return {};
  const checked = await checkPostImage(image, slug, publicDir);
  return 'problem' in checked ? checked : { image: { ...checked.image, alt: imageAlt } };
}

function describeYamlError(error: unknown): string {
  if (error instanceof YAML.YAMLError) {
    const where = error.linePos?.[0];
    // The YAML parser counts from the line after the opening ---.
    const position = where ? ` at line ${where.line + 1}, column ${where.col}` : '';
    const reason = error.message.split(' at line ')[0] ?? error.message;
    return `a syntax error${position}: ${reason}`;
  }
  return `a file that could not be read as front matter: ${String(error)}`;
}

async function listMarkdownFiles(postsDir: string, problems: ContentProblem[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  } catch {
    problems.push({
      file: displayPath(postsDir),
      field: 'folder',
      expected: 'a folder of markdown posts',
      found: 'no such folder',
      hint: 'set CONTENT_DIR to a folder that has a posts/ folder inside',
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.md')) files.push(file);
    else
      problems.push({
        file: displayPath(file),
        field: 'file name',
        expected: 'a markdown post ending in .md',
        found: JSON.stringify(entry.name),
        hint: 'images belong under public/images/',
      });
  }
  return files.sort();
}

/** Cross-file rules: one post per slug or alias, one spelling per tag. */
function checkAcrossPosts(posts: Post[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map<string, Post>();
  const byAlias = new Map<string, Post>();
  const tagSpelling = new Map<string, { name: string; file: string }>();
  for (const post of posts) {
    const other = bySlug.get(post.slug);
    if (other) {
      problems.push({
        file: post.file,
        field: 'file name',
        expected: 'a slug no other post uses',
        found: `"${post.slug}", already used by ${other.file}`,
      });
    } else bySlug.set(post.slug, post);

    for (const alias of post.aliases) {
      const owner = byAlias.get(alias);
      if (alias === post.slug || owner) {
        problems.push({
          file: post.file,
          field: 'aliases',
          expected: 'old slugs that no other post or alias uses',
          found: `"${alias}", ${owner ? `already an alias of ${owner.file}` : 'this post’s own slug'}`,
        });
      } else byAlias.set(alias, post);
    }

    for (const tag of post.tags) {
      const first = tagSpelling.get(tag.slug);
      if (!first) tagSpelling.set(tag.slug, { name: tag.name, file: post.file });
      else if (first.name !== tag.name)
        problems.push({
          file: post.file,
          field: 'tags',
          expected: `one spelling per tag, "${first.name}" as in ${first.file}`,
          found: JSON.stringify(tag.name),
        });
    }
  }
  for (const [alias, post] of byAlias) {
    const current = bySlug.get(alias);
    if (current) {
      problems.push({
        file: post.file,
        field: 'aliases',
        expected: 'old slugs that no current post uses',
        found: `"${alias}", the slug of ${current.file}`,
      });
    }
  }
  return problems;
}

export function byNewest(a: Post, b: Post): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (isMissingFile(error)) return undefined;
    throw error;
  }
}

/**
 * Reads, validates and renders everything under `dir` (posts and the banner's slides),
 * collecting every problem in every file.
 */
/** The site's public folder and today's date in the publishing time zone. */
export function defaultLoadContext(): LoadContext {
  return { publicDir: path.join(process.cwd(), 'public'), today: publishingToday() };
}

export async function loadContent(
  dir: string = contentDir(),
  context: Partial<LoadContext> = {},
): Promise<ContentSet> {
  const { publicDir, today } = { ...defaultLoadContext(), ...context };
  const problems: ContentProblem[] = [];
  const files = await listMarkdownFiles(path.join(dir, 'posts'), problems);
  const cacheVersion = await parserVersion();
  const parsed = await Promise.all(
    files.map(async (file) => readPostFile(file, { publicDir, today }, cacheVersion)),
  );
  const posts = parsed.flatMap((result) => (result.post ? [result.post] : []));
  problems.push(...parsed.flatMap((result) => result.problems), ...checkAcrossPosts(posts));

  const slidesFile = path.join(dir, HERO_SLIDES_FILE);
  const hero = await parseHeroSlides(displayPath(slidesFile), await readIfExists(slidesFile), {
    posts,
    publicDir,
  });
  problems.push(...hero.problems);

  return { posts: posts.sort(byNewest), heroSlides: hero.slides, problems };
}
