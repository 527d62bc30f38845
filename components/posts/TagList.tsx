import Link from 'next/link';
import type { Tag } from '@/lib/content/tags';

/** A post's tags, each linking to its tag page; raised above a card's stretched link. */
export function TagList({ tags, label = 'Tags' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="relative z-10 flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={`/blog/tag/${tag.slug}`}
            className="inline-flex min-h-6 items-center rounded-full bg-fizz px-3 py-1 text-xs font-semibold tracking-wide text-ink hover:bg-fizz-deep hover:text-cream"
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
