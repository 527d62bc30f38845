'use client';

import { useCallback, useState } from 'react';
import { takeHandedOffHtml, takeHandedOffTree } from '@/lib/html-handoff';
import { partOfServerPage } from './part-of-server-page';

/** Parts this tab has shown, as the server wrote them, by name and handle. */
const shownParts = new Map<string, string>();

export type HandedPartElement = 'div' | 'header' | 'nav' | 'script' | 'section' | 'ul';

/** What was handed off (lib/html-handoff.ts): a string of HTML, or a tree of elements. */
export type Handed = { html: string; tree?: never } | { tree: string; html?: never };

export type HandedPartProps = Handed & {
  /** Names the part in the page (`data-part`), to find it in the server's page if ever needed. */
  name: string;
  as: HandedPartElement;
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
 * server's page. Structured data is for crawlers, which load pages whole: never fetched again.
 */
export function HandedPart({ html, tree, name, as: Element, ...attributes }: HandedPartProps) {
  const key = `${name} ${html ?? tree}`;
  const [kept, setKept] = useState(() => shownParts.get(key) ?? '');
  const keep = useCallback(
    (element: HTMLElement | null) => {
      if (!element || Element === 'script') return;
      if (element.innerHTML) shownParts.set(key, element.innerHTML);
      else void partOfServerPage(`[data-part="${name}"]`).then(setKept);
    },
    [Element, key, name],
  );
  if (typeof window === 'undefined') {
    return html === undefined ? (
      <Element data-part={name} {...attributes}>
        {takeHandedOffTree(tree)}
      </Element>
    ) : (
      <Element
        data-part={name}
        {...attributes}
        dangerouslySetInnerHTML={{ __html: takeHandedOffHtml(html) }}
      />
    );
  }
  return (
    <Element
      ref={keep}
      data-part={name}
      {...attributes}
      dangerouslySetInnerHTML={{ __html: kept }}
    />
  );
}
