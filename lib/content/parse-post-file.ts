import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { displayPath } from './content-folder';
import type { ContentProblem } from './errors';
import { checkPostImage, type ImageProblem } from './images';
import { renderMarkdown } from './markdown';
import { publicationStatus } from './publication';
import { PLACEHOLDERS } from './scaffold-post';
import {
  FRONT_MATTER_FIELDS,
  frontMatterSchema,
  SLUG_PATTERN,
  type FrontMatter,
  type Post,
  type PostImage,
} from './schema';
import { searchDescription } from './search-description';
import { tagSlug } from './tags';
import { problemsFromIssues } from './zod-problems';

/**
 * YAML 1.2 keeps `2025-02-28` a string (gray-matter's default YAML 1.1 parser would turn it
 * into a Date at midnight UTC, shifting it a day in western time zones), and rejects
 * duplicate keys instead of silently keeping the last one.
 */
const matterOptions = {
  engines: { yaml: (source: string): object => YAML.parse(source, { uniqueKeys: true }) ?? {} },
};

/** One file's post, when it has no problems, and its problems. */
export type ParsedFile = { post?: Post; problems: ContentProblem[] };

/** Where content is checked against: the files it refers to, and the day it is read. */
export type LoadContext = {
  /** Where post images (under `images/posts/<slug>/`) and slide images must exist. */
  publicDir: string;
  /** YYYY-MM-DD: posts dated after it are scheduled, not published. */
  today: string;
};

/** Parses, validates and renders one post file's text, collecting every problem in it. */
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
