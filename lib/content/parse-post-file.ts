import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { displayPath, slugOfPostFile } from './content-folder';
import { fieldAtLine, type ContentProblem, type FieldLines } from './errors';
import type { PostFacts } from './cross-file-rules';
import {
  checkPostImage,
  isFolderPost,
  postImagesOf,
  type ImageProblem,
  type PostImages,
} from './images';
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
import { explainYamlError, valueHint } from './yaml-mistakes';
import { problemsFromIssues } from './zod-problems';

/**
 * YAML 1.2 keeps `2025-02-28` a string (gray-matter's default YAML 1.1 parser would turn it
 * into a Date at midnight UTC, shifting it a day in western time zones), and rejects
 * duplicate keys instead of silently keeping the last one.
 */
const matterOptions = {
  engines: { yaml: (source: string): object => YAML.parse(source, { uniqueKeys: true }) ?? {} },
};

/**
 * One file's post, when it has no problems, and its problems. A file with problems still
 * tells what could be read from it (`facts`), so the rules across files (a slug or title used
 * twice, a tag spelt two ways, a link to a missing page) report their problems at once.
 */
export type ParsedFile = { post?: Post; problems: ContentProblem[]; facts?: PostFacts };

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

  const slug = slugOfPostFile(file);
  if (!SLUG_PATTERN.test(slug)) {
    const suggestion = tagSlug(slug).replace(/[^a-z0-9-]/g, '');
    const folder = isFolderPost(file);
    problem(
      folder ? 'folder name' : 'file name',
      `lowercase words joined by hyphens, like "${folder ? 'my-post/index.md' : 'my-post.md'}"`,
      JSON.stringify(folder ? slug : path.basename(file)),
      suggestion ? `rename it to "${folder ? suggestion : `${suggestion}.md`}"` : undefined,
    );
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source, matterOptions);
  } catch (error) {
    const lines = source.split(/\r?\n/);
    // The closing --- (or, when there is none, the end of the file) ends the front matter.
    const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
    const mistake = explainYamlError(error, lines, {
      firstLine: 2,
      lastLine: closing === -1 ? lines.length : closing,
    });
    problems.push({ file: shown, ...mistake });
    return { problems, facts: { file: shown, slug } };
  }

  if (!source.trimStart().startsWith('---')) {
    problem(
      'front matter',
      'a block between --- lines at the top of the file (title, date, summary, tags)',
      'none',
    );
    return { problems, facts: { file: shown, slug } };
  }

  const raw: unknown = parsed.data;
  const result = frontMatterSchema.safeParse(raw, { reportInput: true });
  const frontMatterLines = parsed.matter.split(/\r?\n/);
  const fieldLines = fieldLinesOf(frontMatterLines);
  const atLine = (field: string) => fieldAtLine(field, fieldLines);
  const facts = readableFacts(raw, { file: shown, slug, fieldLines }, today);
  if (!result.success) {
    problems.push(
      ...problemsFromIssues({
        file: shown,
        raw,
        issues: result.error.issues,
        knownFields: () => FRONT_MATTER_FIELDS,
      }).map((found) => ({
        ...found,
        field: atLine(found.field),
        hint: found.hint ?? valueHint(found.field, rawField(raw, found.field), frontMatterLines),
      })),
    );
  }

  const body = parsed.content;
  if (result.success && !result.data.draft) {
    if (result.data.summary.includes(PLACEHOLDERS.summary))
      problem(
        atLine('summary'),
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
  const images = {
    ...postImagesOf(file, slug, publicDir),
    aliases: facts.aliases,
  };
  const cover = result.success ? await checkCover(result.data, images) : {};
  if (cover.problem) problems.push({ file: shown, field: atLine('image'), ...cover.problem });

  if (body.trim() === '') {
    problem('body', 'markdown text after the front matter', 'nothing');
    return { problems, facts };
  }

  const rendered = await renderMarkdown(body, images);
  const bodyStartLine = source.slice(0, source.length - body.length).split('\n').length - 1;
  for (const title of rendered.misplacedTitles) {
    problem(
      `body, line ${bodyStartLine + title.line}`,
      'section headings to start at ## (the title is the page’s only # heading)',
      JSON.stringify(`# ${title.text}`),
    );
  }
  for (const skipped of rendered.skippedLevels) {
    const written = `${'#'.repeat(skipped.depth)} ${skipped.text}`;
    const fitting = '#'.repeat(skipped.previousDepth + 1);
    problem(
      `body, line ${bodyStartLine + skipped.line}`,
      `each heading at most one level below the one before it (${fitting} after ${'#'.repeat(skipped.previousDepth)})`,
      JSON.stringify(written),
      `make it ${fitting}; screen readers list headings by level, and a skipped one looks like a missing section`,
    );
  }
  for (const { line, expected, found, hint } of rendered.imageProblems) {
    problem(`body, line ${bodyStartLine + line}, image`, expected, found, hint);
  }
  const internalLinks = rendered.internalLinks.map((link) => ({
    ...link,
    line: bodyStartLine + link.line,
  }));
  facts.headingIds = rendered.headings.map((heading) => heading.id);
  facts.internalLinks = internalLinks;

  if (!result.success || problems.length > 0) return { problems, facts };
  const { image: _reference, imageAlt: _alt, description, ...frontMatter } = result.data;
  const {
    misplacedTitles: _titles,
    skippedLevels: _skipped,
    imageProblems: _images,
    ...renderedBody
  } = rendered;
  const status = publicationStatus(frontMatter, today);
  return {
    post: {
      ...frontMatter,
      ...renderedBody,
      internalLinks,
      description: description ?? searchDescription(frontMatter.summary),
      image: cover.image,
      status,
      slug,
      file: shown,
      fieldLines,
    },
    problems,
  };
}

/**
 * The fields of a front matter that has problems which are valid on their own, for the rules
 * across files: a bad date must not hide that the title is another post's.
 */
function readableFacts(
  raw: unknown,
  facts: Pick<PostFacts, 'file' | 'slug' | 'fieldLines'>,
  today: string,
): PostFacts {
  const field = (name: string) => rawField(raw, name);
  const { shape } = frontMatterSchema;
  const valid = <T>(result: { success: true; data: T } | { success: false }) =>
    result.success ? result.data : undefined;
  const title = valid(shape.title.safeParse(field('title')));
  const tags = valid(shape.tags.safeParse(field('tags')));
  const aliases = valid(shape.aliases.safeParse(field('aliases')));
  const date = valid(shape.date.safeParse(field('date')));
  const draft = valid(shape.draft.safeParse(field('draft')));
  return {
    ...facts,
    title,
    tags,
    aliases,
    status:
      date !== undefined && draft !== undefined
        ? publicationStatus({ date, draft }, today)
        : undefined,
  };
}

/** The line of each field in the file: the YAML text's first line is the opening ---'s. */
function fieldLinesOf(frontMatterLines: readonly string[]): FieldLines {
  const lines: FieldLines = {};
  frontMatterLines.forEach((text, index) => {
    const key = /^([A-Za-z][\w-]*):/.exec(text)?.[1];
    if (key && lines[key] === undefined) lines[key] = index + 1;
  });
  return lines;
}

function rawField(raw: unknown, name: string): unknown {
  return typeof raw === 'object' && raw !== null ? Reflect.get(raw, name) : undefined;
}

/** The front matter's `image`, measured, or what is wrong with it. */
async function checkCover(
  { image, imageAlt }: FrontMatter,
  images: PostImages,
): Promise<{ image?: PostImage; problem?: ImageProblem }> {
  if (image === undefined || imageAlt === undefined) return {};
  const checked = await checkPostImage(image, images);
  return 'problem' in checked ? checked : { image: { ...checked.image, alt: imageAlt } };
}
