import { isProduction } from '@/lib/config';
import { describeTree, handOffHtml, handOffTree } from '@/lib/html-handoff';
import { HandedPart, type HandedPartProps } from './HandedPart';

type HtmlOnlyPartProps = Omit<HandedPartProps, 'html' | 'tree'> &
  (
    | {
        /** HTML elements and server components that render them: no client components (a
         * link with `next/link` is one), nothing async. */
        children: React.ReactNode;
        html?: never;
      }
    /** HTML we made safe ourselves: an article's sanitized body, escaped structured data. */
    | { html: string; children?: never }
  );

/**
 * A part of a page with nothing interactive in it (an article's body and header, share links,
 * "Explore more", the footer's links, structured data), sent once, in the HTML, rather than
 * again in the React payload: the payload is inlined in every page and written three more times
 * into the build output (`.rsc` and two prefetch segments), and hydration walks all of it.
 * `next dev` sends the part itself, so the live preview can replace it; so do the unit tests,
 * which have no server-side render to hand it to.
 */
export function HtmlOnlyPart({ children, html, ...attributes }: HtmlOnlyPartProps) {
  if (!isProduction()) {
    // Throws on a client or async component, which only a production build would trip over.
    describeTree(children);
    const { as: Element = 'div', ...elementAttributes } = attributes;
    return html === undefined ? (
      <Element {...elementAttributes}>{children}</Element>
    ) : (
      <Element {...elementAttributes} dangerouslySetInnerHTML={{ __html: html }} />
    );
  }
  const handle = html === undefined ? { tree: handOffTree(children) } : { html: handOffHtml(html) };
  // Only the props given: one left undefined would still take room in the payload.
  return <HandedPart {...handle} {...attributes} />;
}
