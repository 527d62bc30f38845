import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { countWords } from '@/lib/content';

/** The opening an issue carries unless `--full`: whole blocks, up to about this many words. */
export const EXCERPT_WORDS = 180;

/** The width of the email's text column, in CSS pixels. */
export const EMAIL_CONTENT_WIDTH = 536;

/**
 * Inline styles per element: mail clients ignore or strip stylesheets (Gmail keeps none for
 * some accounts), so every element carries its own. Colours hold on light and dark: clients
 * that darken the message (Gmail, Outlook) keep this contrast.
 */
const STYLES: Record<string, string> = {
  p: 'margin:0 0 16px;font-size:16px;line-height:1.6;',
  h2: 'margin:28px 0 12px;font-size:22px;line-height:1.3;font-weight:800;',
  h3: 'margin:24px 0 10px;font-size:18px;line-height:1.35;font-weight:700;',
  h4: 'margin:20px 0 8px;font-size:16px;line-height:1.4;font-weight:700;',
  ul: 'margin:0 0 16px;padding:0 0 0 24px;font-size:16px;line-height:1.6;',
  ol: 'margin:0 0 16px;padding:0 0 0 24px;font-size:16px;line-height:1.6;',
  li: 'margin:0 0 6px;',
  a: 'color:#B0145A;text-decoration:underline;',
  blockquote: 'margin:0 0 16px;padding:0 0 0 16px;border-left:4px solid #FF8FBF;color:#4A3556;',
  pre: 'margin:0 0 16px;padding:12px;background:#F6EEF7;border-radius:8px;white-space:pre-wrap;font-size:14px;',
  code: 'font-family:Menlo,Consolas,monospace;font-size:14px;',
  img: 'display:block;max-width:100%;height:auto;border:0;border-radius:12px;',
  figure: 'margin:0 0 16px;',
  figcaption: 'margin:8px 0 0;font-size:14px;color:#4A3556;',
  table: 'border-collapse:collapse;margin:0 0 16px;font-size:14px;',
  th: 'border:1px solid #E5D6E8;padding:6px 8px;text-align:left;',
  td: 'border:1px solid #E5D6E8;padding:6px 8px;',
  hr: 'border:0;border-top:1px solid #E5D6E8;margin:24px 0;',
};

/** Attributes kept per element; everything else (ids, classes, srcset, loading) goes. */
const KEPT: Record<string, string[]> = { a: ['href'], img: ['src', 'alt', 'width', 'height'] };

export type EmailArticle = {
  /** The article's body (or its opening) as email-safe HTML: inline styles, absolute links. */
  html: string;
  /** The same as plain text, for the message's text part. */
  text: string;
  /** Whether part of the article was left out (the email then says so). */
  truncated: boolean;
};

type Links = {
  /** The article's address: its `#heading` links point into it. */
  articleUrl: string;
  /** Turns a link or image source into an absolute address (and tags the site's own links). */
  absolute: (href: string) => string;
};

function restyle(node: ElementContent, links: Links): ElementContent[] {
  if (node.type !== 'element') return node.type === 'comment' ? [] : [node];
  // Links a heading carries to itself mean nothing in an inbox.
  if (node.tagName === 'a' && String(node.properties.href ?? '').startsWith('#'))
    return node.children.flatMap((child) => restyle(child, links));
  // A <picture> offers formats for browsers; an email takes its <img>.
  if (node.tagName === 'picture') {
    return node.children.flatMap((child) =>
      child.type === 'element' && child.tagName === 'img' ? restyle(child, links) : [],
    );
  }
  const properties: Properties = {};
  for (const name of KEPT[node.tagName] ?? []) {
    const value = node.properties[name];
    if (value !== undefined && value !== null) properties[name] = value;
  }
  if (typeof properties.href === 'string') properties.href = links.absolute(properties.href);
  if (typeof properties.src === 'string') properties.src = links.absolute(properties.src);
  if (node.tagName === 'img') {
    // Narrowed to the column, height kept in proportion; CSS max-width covers phones.
    const width = Number(properties.width);
    const height = Number(properties.height);
    if (width > EMAIL_CONTENT_WIDTH) {
      properties.width = EMAIL_CONTENT_WIDTH;
      if (height > 0) properties.height = Math.round((height * EMAIL_CONTENT_WIDTH) / width);
    }
    properties.alt ??= '';
  }
  const style = STYLES[node.tagName];
  if (style) properties.style = style;
  return [
    {
      ...node,
      properties,
      children: node.children.flatMap((child) => restyle(child, links)),
    },
  ];
}

const BLOCKS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'figcaption',
  'tr',
]);

/** Plain text: a line per block, list items marked, links followed by their address. */
function plainText(nodes: readonly RootContent[]): string {
  const out: string[] = [];
  const walk = (node: RootContent) => {
    if (node.type === 'text') out.push(node.value.replace(/\s+/g, ' '));
    if (node.type !== 'element') return;
    if (node.tagName === 'br') out.push('\n');
    if (node.tagName === 'li') out.push('- ');
    if (node.tagName === 'img' && node.properties.alt) out.push(`[${String(node.properties.alt)}]`);
    node.children.forEach(walk);
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string') out.push(` (${href})`);
    if (BLOCKS.has(node.tagName)) out.push('\n\n');
  };
  nodes.forEach(walk);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const textOf = (node: RootContent): string =>
  node.type === 'text'
    ? node.value
    : node.type === 'element'
      ? node.children.map(textOf).join(' ')
      : '';

/**
 * The article's body (its sanitized HTML) made fit for an email: every element styled inline,
 * links and images absolute, and, unless `full`, only the opening blocks (whole paragraphs up to
 * about EXCERPT_WORDS words, never ending on a heading).
 */
export function emailArticle(articleHtml: string, links: Links, full: boolean): EmailArticle {
  const tree: Root = fromHtml(articleHtml, { fragment: true });
  const blocks = tree.children.filter((node): node is Element => node.type === 'element');
  let kept = blocks;
  if (!full) {
    let words = 0;
    const count = blocks.findIndex((block) => {
      words += countWords(textOf(block));
      return words >= EXCERPT_WORDS;
    });
    kept = count === -1 ? blocks : blocks.slice(0, count + 1);
    while (kept.length > 1 && /^h[1-6]$/.test(kept.at(-1)?.tagName ?? '')) kept = kept.slice(0, -1);
  }
  const styled = kept.flatMap((block) => restyle(block, links));
  return {
    html: toHtml({ type: 'root', children: styled }),
    text: plainText(styled),
    truncated: kept.length < blocks.length,
  };
}
