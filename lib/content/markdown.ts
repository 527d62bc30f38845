import GithubSlugger from 'github-slugger';
import type { Definition, Heading as MdastHeading, Image, ImageReference, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';
import { defaultSchema } from 'hast-util-sanitize';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { site } from '@/lib/site';
import { checkPostImage, type ImageProblem, type PostImages } from './images';
import type { Heading, InternalLink, RenderedBody } from './schema';

/**
 * GitHub's sanitize schema, minus its "user-content-" prefix on ids: raw HTML never reaches
 * the output (remark-html drops it when sanitizing), so the only ids are the heading ids
 * set below, and those must stay exactly as slugged so `#anchor` links work.
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  // Set by checkImages below, never by editors (raw HTML is dropped before sanitizing).
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
  },
};

type MisplacedTitle = { line: number; text: string };
/** A heading more than one level below the heading before it (`##` then `####`). */
export type SkippedLevel = { line: number; text: string; depth: number; previousDepth: number };

/** A body image that cannot be shown, at its line in the body. */
export type BodyImageProblem = ImageProblem & { line: number };
type BodyData = {
  headings: Heading[];
  wordCount: number;
  misplacedTitles: MisplacedTitle[];
  skippedLevels: SkippedLevel[];
  internalLinks: InternalLink[];
};

declare module 'vfile' {
  interface DataMap {
    body: BodyData;
    images: PostImages;
    imageProblems: BodyImageProblem[];
  }
}

function containsLink(node: MdastHeading): boolean {
  let found = false;
  visit(node, ['link', 'linkReference'], () => {
    found = true;
  });
  return found;
}

/** Gives every heading a stable id and records headings and word count on the file. */
function collectStructure() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const data: BodyData = {
      headings: [],
      wordCount: 0,
      misplacedTitles: [],
      skippedLevels: [],
      internalLinks: [],
    };
    // The editor's own links, before the headings' links to themselves are added; checked
    // against the other posts once all are read (lib/content/link-rules.ts).
    // A definition (`[x]: url`) is a link where a [text][x] uses it; an image's is checked as one.
    const linkedDefinitions = new Set<string>();
    visit(tree, 'linkReference', (node) => {
      linkedDefinitions.add(node.identifier);
    });
    visit(tree, ['link', 'definition'], (node) => {
      const isLink =
        node.type === 'link' ||
        (node.type === 'definition' && linkedDefinitions.has(node.identifier));
      if (isLink && isInternalLink(node.url))
        data.internalLinks.push({ url: node.url, line: node.position?.start.line ?? 0 });
    });
    // The page's title is its only level-1 heading, so the body's first heading is a ##.
    let previousDepth = 1;
    visit(tree, 'heading', (node: MdastHeading) => {
      const text = toString(node);
      const id = slugger.slug(text);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      // A section (##) is a link to itself, so a reader can copy where they are; the "#" that
      // shows on hover and focus is CSS. A heading that holds a link stays as written.
      if (node.depth === 2 && !containsLink(node))
        node.children = [{ type: 'link', url: `#${id}`, children: node.children }];
      data.headings.push({ depth: node.depth, text, id });
      const line = node.position?.start.line ?? 0;
      if (node.depth === 1) data.misplacedTitles.push({ line, text });
      else if (node.depth > previousDepth + 1)
        data.skippedLevels.push({ line, text, depth: node.depth, previousDepth });
      previousDepth = node.depth;
    });
    visit(tree, ['text', 'inlineCode'], (node) => {
      if ('value' in node && typeof node.value === 'string')
        data.wordCount += countWords(node.value);
    });
    file.data.body = data;
  };
}

/**
 * A link that may lead to a page of this site: a path (`/blog/x`), a heading (`#x`), or a full
 * http(s) address, which is this site's when it names SITE_URL. Which host that is, is decided
 * when the links are checked (lib/content/link-rules.ts), not here: parsed posts are cached
 * across runs, and SITE_URL may change between them. A relative address (`other-post`) is not
 * checked: posts do not use them, and hostile ones are what the XSS corpus builds from.
 */
function isInternalLink(url: string): boolean {
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return !url.startsWith('//');
  return /^https?:\/\//i.test(url);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / site.readingWordsPerMinute));
}

/**
 * Every body image must be a described file in the post's folder. Each one gets its real width
 * and height, so the page reserves its space (no layout shift), and loads lazily: the article's
 * header fills the first screen.
 */
function checkImages() {
  return async (tree: Root, file: VFile) => {
    const context = file.data.images;
    if (!context) throw new Error('renderMarkdown was called without an image context');
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node: Definition) => {
      definitions.set(node.identifier, node);
    });
    const images: (Image | ImageReference)[] = [];
    visit(tree, ['image', 'imageReference'], (node) => {
      if (node.type === 'image' || node.type === 'imageReference') images.push(node);
    });

    const problems: BodyImageProblem[] = [];
    for (const node of images) {
      const line = node.position?.start.line ?? 0;
      const target = node.type === 'image' ? node : definitions.get(node.identifier);
      if (!target) continue; // An undefined reference renders as plain text.
      if (!node.alt?.trim()) {
        problems.push({
          line,
          expected: 'a description of the image, as in ![what it shows](photo.jpg)',
          found: 'none',
        });
      }
      const checked = await checkPostImage(target.url, context);
      if ('problem' in checked) {
        problems.push({ line, ...checked.problem });
        continue;
      }
      target.url = checked.image.src;
      node.data = {
        ...node.data,
        hProperties: {
          width: checked.image.width,
          height: checked.image.height,
          loading: 'lazy',
          decoding: 'async',
        },
      };
    }
    file.data.imageProblems = problems;
  };
}

/**
 * The parts of GitHub Flavored Markdown editors know from GitHub and most editors: tables,
 * ~~strikethrough~~ and task lists. remark-gfm also turns bare URLs into links and adds
 * footnotes, which made parsing a 1,200-word post 1.7 times slower (5.5 ms against 3.2 ms),
 * the largest cost of `content:check` and of the build's content read.
 */
function gfmTablesStrikethroughTasks(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const processor = remark()
  .use(gfmTablesStrikethroughTasks)
  .use(collectStructure)
  .use(checkImages)
  .use(remarkHtml, { sanitize: sanitizeSchema });

/**
 * What the pipeline writes beyond headings, paragraphs, lists and links: task lists' boxes,
 * quotes, code, tables, images and rules.
 */
const RICH_MARKUP = /<(?:input|blockquote|code|pre|table|img|hr)\b/;

/**
 * Whether a rendered body holds any of it. Most articles hold none, and their pages leave out
 * the styles for it (components/posts/article-rich.inline.css).
 */
export function usesRichMarkup(html: string): boolean {
  return RICH_MARKUP.test(html);
}

/** Every line here counts from the body's first line; parsePostFile makes them file lines. */
export type RenderResult = RenderedBody & {
  /** `#` headings, which would compete with the page's title. */
  misplacedTitles: MisplacedTitle[];
  skippedLevels: SkippedLevel[];
  imageProblems: BodyImageProblem[];
};

export async function renderMarkdown(markdown: string, images: PostImages): Promise<RenderResult> {
  const file = await processor.process({ value: markdown, data: { images } });
  const body = file.data.body;
  if (!body)
    throw new Error('collectStructure did not run: the markdown processor is misconfigured');
  return {
    html: String(file),
    headings: body.headings,
    wordCount: body.wordCount,
    readingMinutes: readingMinutes(body.wordCount),
    misplacedTitles: body.misplacedTitles,
    skippedLevels: body.skippedLevels,
    internalLinks: body.internalLinks,
    imageProblems: file.data.imageProblems ?? [],
  };
}
