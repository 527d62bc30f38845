'use client';

import { useState } from 'react';
import { takeHandedOffHtml } from '@/lib/html-handoff';

/**
 * Bodies this tab has shown, read back from the page the server sent: when the reader goes
 * Back to an article after a client-side navigation (the header's links), the router renders
 * it again from its cache, where the body is only a handle.
 */
const shownBodies = new Map<string, string>();

type ArticleBodyProps = {
  /** From `handOffHtml` (lib/html-handoff.ts): the body itself is in the HTML only. */
  handle: string;
  /** `next dev` only: the body itself, so the live preview can replace it as it is edited. */
  html?: string;
};

/**
 * The article's body, sent once: in the server's HTML, not again in the React payload. The
 * browser's first render leaves an empty string, which hydration does not write over (React
 * never rewrites a dangerouslySetInnerHTML it hydrates), and it never changes after.
 *
 * Links to articles are plain links (a full page load), so a client-side render of an article
 * only happens going Back after a client-side navigation, and that body is in `shownBodies`.
 * Should one happen anyway, the page is loaded again from the server rather than shown without
 * its text (once: a page that is itself such a reload is left as it is).
 */
export function ArticleBody({ handle, html }: ArticleBodyProps) {
  const [kept] = useState(() =>
    typeof window === 'undefined' ? takeHandedOffHtml(handle) : (shownBodies.get(handle) ?? ''),
  );
  const keep = (element: HTMLDivElement | null) => {
    if (element?.innerHTML) shownBodies.set(handle, element.innerHTML);
    else if (element && !reloaded()) location.reload();
  };
  return (
    <div ref={keep} className="article-body" dangerouslySetInnerHTML={{ __html: html ?? kept }} />
  );
}

function reloaded() {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation instanceof PerformanceNavigationTiming && navigation.type === 'reload';
}
