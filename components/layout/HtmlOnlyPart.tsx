import { isProduction } from '@/lib/config';
import { handOffHtml, handOffTree } from '@/lib/html-handoff';
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
export function HtmlOnlyPart({
  children,
  html,
  name,
  as: Element,
  ...attributes
}: HtmlOnlyPartProps) {
  if (!isProduction()) {
    return html === undefined ? (
      <Element data-part={name} {...attributes}>
        {children}
      </Element>
    ) : (
      <Element data-part={name} {...attributes} dangerouslySetInnerHTML={{ __html: html }} />
    );
  }
  const handed = html === undefined ? { tree: handOffTree(children) } : { html: handOffHtml(html) };
  return <HandedPart {...handed} name={name} as={Element} {...attributes} />;
}
