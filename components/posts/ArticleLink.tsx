import type { ComponentProps } from 'react';

/**
 * A link to an article. A plain link on purpose, not next/link: an article's body is in its
 * HTML only (HtmlOnlyPart), so the article is loaded whole, as a static page, rather than
 * rendered from the React payload a client-side navigation fetches. A list page also no longer
 * prefetches a payload for every card it shows.
 */
export function ArticleLink(props: ComponentProps<'a'> & { href: string }) {
  return <a {...props} />;
}
