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
 * A part of a page sent once, in the server's HTML (see HtmlOnlyPart). The server-side render
 * writes what the server components left under the handle; the browser's first render leaves an
 * empty string, which hydration does not write over (React never rewrites a
 * dangerouslySetInnerHTML it hydrates), so the part keeps what the server wrote and React never
 * walks it. A later client-side render (Back to an article the router kept) gets the HTML this
 * tab has shown; failing that (Back after the reader reloaded another page; React rendering the
 * page afresh after a browser extension changed it before hydration), the part is read from the
 * server's page, where its handle (from its content) marks it. Structured data is for crawlers,
 * which load pages whole: never fetched again.
 */
export function HandedPart({ html, tree, as: Element = 'div', ...attributes }: HandedPartProps) {
  const handle = html ?? tree;
  const [kept, setKept] = useState(() => shownParts.get(handle) ?? '');
  const keep = useCallback(
    (element: HTMLElement | null) => {
      if (!element || Element === 'script') return;
      if (element.innerHTML) shownParts.set(handle, element.innerHTML);
      else {
        void partOfServerPage(`[data-part="${handle}"]`).then((part) => {
          if (part) shownParts.set(handle, part);
          setKept(part);
        });
      }
    },
    [Element, handle],
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
      ref={keep}
      data-part={handle}
      {...attributes}
      dangerouslySetInnerHTML={{ __html: kept }}
    />
  );
}
