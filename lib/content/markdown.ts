import GithubSlugger from 'github-slugger';
import type { Heading as MdastHeading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { visit } from 'unist-util-visit';
import { defaultSchema } from 'hast-util-sanitize';
import type { VFile } from 'vfile';
import { site } from '@/lib/site';
import type { Heading, RenderedBody } from './schema';

/**
 * GitHub's sanitize schema, minus its "user-content-" prefix on ids: raw HTML never reaches
 * the output (remark-html drops it when sanitizing), so the only ids are the heading ids
 * set below, and those must stay exactly as slugged so `#anchor` links work.
 */
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

type MisplacedTitle = { line: number; text: string };
type BodyData = { headings: Heading[]; wordCount: number; misplacedTitles: MisplacedTitle[] };

declare module 'vfile' {
  interface DataMap {
    body: BodyData;
  }
}

/** Gives every heading a stable id and records headings and word count on the file. */
function collectStructure() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const data: BodyData = { headings: [], wordCount: 0, misplacedTitles: [] };
    visit(tree, 'heading', (node: MdastHeading) => {
      const text = toString(node);
      const id = slugger.slug(text);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      data.headings.push({ depth: node.depth, text, id });
      if (node.depth === 1)
        data.misplacedTitles.push({ line: node.position?.start.line ?? 0, text });
    });
    visit(tree, ['text', 'inlineCode'], (node) => {
      if ('value' in node && typeof node.value === 'string')
        data.wordCount += countWords(node.value);
    });
    file.data.body = data;
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / site.readingWordsPerMinute));
}

// GFM adds the tables, strikethrough and task lists editors know from GitHub and most editors.
const processor = remark()
  .use(remarkGfm)
  .use(collectStructure)
  .use(remarkHtml, { sanitize: sanitizeSchema });

export type RenderResult = RenderedBody & {
  /** Lines (in the body) of `#` headings, which would compete with the page's title. */
  misplacedTitles: MisplacedTitle[];
};

export async function renderMarkdown(markdown: string): Promise<RenderResult> {
  const file = await processor.process(markdown);
  const body = file.data.body;
  if (!body)
    throw new Error('collectStructure did not run: the markdown processor is misconfigured');
  return {
    html: String(file),
    headings: body.headings,
    wordCount: body.wordCount,
    readingMinutes: readingMinutes(body.wordCount),
    misplacedTitles: body.misplacedTitles,
  };
}
