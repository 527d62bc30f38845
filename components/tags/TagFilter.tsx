import Link from 'next/link';
import { type TagSummary, BLOG_PATH, tagPath } from '@/lib/content';
import { site } from '@/lib/site';

const CURRENT_PAGE = { 'aria-current': 'page' } as const;

type TagFilterProps = {
  tags: readonly TagSummary[];
  /** Posts in the whole blog, shown on "All". */
  total: number;
  /** The list being shown: a tag's slug, null for "All", undefined when neither (home page). */
  current?: string | null;
};

/**
 * Links, not buttons: every filtered view is a real, prerendered, shareable page, and with
 * JavaScript on, next/link swaps the list in place without a full page load.
 */
export function TagFilter({ tags, total, current }: TagFilterProps) {
  const chips = [
    { name: 'All', href: BLOG_PATH, count: total, isCurrent: current === null },
    ...tags.map((tag) => ({
      name: tag.name,
      href: tagPath(tag.slug),
      count: tag.count,
      isCurrent: current === tag.slug,
    })),
  ];
  return (
    <nav aria-labelledby="tag-filter-label" className="flex flex-col gap-3">
      <h2 id="tag-filter-label" className="eyebrow">
        {site.tagFilterLabel}
      </h2>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.href}>
            {/* Only the current chip names the attribute: an undefined one still takes room in
                the React payload of every list page. */}
            <Link href={chip.href} scroll={false} {...(chip.isCurrent && CURRENT_PAGE)}>
              {chip.name}{' '}
              <span>
                {chip.count} <span className="sr-only">{chip.count === 1 ? 'post' : 'posts'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
