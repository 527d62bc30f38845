'use client';

import { useCallback, useState } from 'react';
import { takeHandedOffHtml } from '@/lib/html-handoff';

/**
 * Bodies this tab has shown, read back from the page the server sent: when the reader goes
 * Back to an article after a client-side navigation (the header's links), the router renders
 * it again from its cache, where the body is only a handle.
 */
const shownBodies = new Map<string, string>();

type ArticleBodyProps =
  /** From `handOffHtml` (lib/html-handoff.ts): the body itself is in the HTML only. */
  | { handle: string; html?: never }
  /** `next dev` only: the body itself, so the live preview can replace it as it is edited. */
  | { html: string; handle?: never };

/**
 * The article's body, sent once: in the server's HTML, not again in the React payload. The
 * browser's first render leaves an empty string, which hydration does not write over (React
 * never rewrites a dangerouslySetInnerHTML it hydrates), and it never changes after.
 *
 * Links to articles are plain links (a full page load), so a client-side render of an article
 * only happens going Back after a client-side navigation, and that body is in `shownBodies`.
 * When it is not (Back after the reader reloaded another page; React rendering the page afresh
 * after a browser extension changed it before hydration), the body is read from the page as
 * the server sends it.
 */
export function ArticleBody({ handle, html }: ArticleBodyProps) {
  const [kept, setKept] = useState(() =>
    handle === undefined
      ? ''
      : typeof window === 'undefined'
        ? takeHandedOffHtml(handle)
        : (shownBodies.get(handle) ?? ''),
  );
  const keep = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || handle === undefined) return;
      if (element.innerHTML) shownBodies.set(handle, element.innerHTML);
      else void bodyFromServer().then(setKept);
    },
    [handle],
  );
  return (
    <div ref={keep} className="article-body" dangerouslySetInnerHTML={{ __html: html ?? kept }} />
  );
}

/** The body of this address's page as the server sends it (same origin, parsed inertly). */
async function bodyFromServer(): Promise<string> {
  const page = await (await fetch(location.href)).text();
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  return parsed.querySelector('.article-body')?.innerHTML ?? '';
}
