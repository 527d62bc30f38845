'use client';

import { useCallback, useState } from 'react';
import { takeHandedOffHtml, takeHandedOffTree } from '@/lib/html-handoff';
import { partOfServerPage } from './part-of-server-page';

/** Parts this tab has shown, as the server wrote them, by handle. */
const shownParts = new Map<string, string>();

export type HandedPartElement = 'div' | 'header' | 'nav' | 'script' | 'section' | 'ul';

/**
 * The handle of what was handed off (lib/html-handoff.ts): a string of HTML, or a tree. Handles,
 * not content, under short names: they ride in the payload of every page.
 */
export type HandOffHandle = { html: string; tree?: never } | { tree: string; html?: never };

export type HandedPartProps = HandOffHandle & {
  /** The element that holds the part: a div unless said. */
  as?: HandedPartElement;
  className?: string;
  type?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
};

/**
 * The part as the server wrote it, while it is still in the document: when React renders a
 * server-rendered boundary afresh instead of hydrating it (the not-found page always is), its
 * render runs before the server's DOM is replaced. Handles come from content, so the same
 * handle anywhere in the document is the same part.
 */
function partInDocument(handle: string): string {
  if (typeof document === 'undefined') return '';
  return document.querySelector(`[data-part="${handle}"]`)?.innerHTML ?? '';
}

/**
 * A part of a page sent once, in the server's HTML (see HtmlOnlyPart). The server-side render
 * writes what the server components left under the handle. In the browser the part renders as
 * a dangerouslySetInnerHTML of the HTML this tab has shown, or else of the part still in the
 * document: hydrating, that is the server's own HTML, which React does not write again, nor
 * walk. A client-side render of a part that is in neither (Back to an article after the reader
 * reloaded another page) reads it from the server's page, where its handle (from its content)
 * marks it. Structured data is for crawlers, which load pages whole: never fetched again.
 */
export function HandedPart({ html, tree, as: Element = 'div', ...attributes }: HandedPartProps) {
  const handle = html ?? tree;
  const [kept, setKept] = useState(() => {
    const part = shownParts.get(handle) ?? partInDocument(handle);
    // Read once, here: what the tab keeps for a later client-side render of the same part.
    if (part) shownParts.set(handle, part);
    return part;
  });
  const fetchIfMissing = useCallback(
    (element: HTMLElement | null) => {
      if (!element || kept || Element === 'script') return;
      void partOfServerPage(`[data-part="${handle}"]`).then((part) => {
        if (part) shownParts.set(handle, part);
        setKept(part);
      });
    },
    [Element, handle, kept],
  );
  if (typeof window === 'undefined') {
    return html === undefined ? (
      <Element data-part={handle} {...attributes}>
        {takeHandedOffTree(tree)}
      </Element>
    ) : (
      <Element
        data-part={handle}
        {...attributes}
        dangerouslySetInnerHTML={{ __html: takeHandedOffHtml(html) }}
      />
    );
  }
  return (
    <Element
      ref={fetchIfMissing}
      data-part={handle}
      {...attributes}
      dangerouslySetInnerHTML={{ __html: kept }}
    />
  );
}
