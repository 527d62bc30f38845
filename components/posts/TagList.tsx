import Link from 'next/link';
import { type Tag, tagPath } from '@/lib/content';

/** A post's tags, each linking to its tag page; raised above a card's stretched link. */
export function TagList({ tags, label = 'Tags' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={tagPath(tag.slug)}>{tag.name}</Link>
        </li>
      ))}
    </ul>
  );
}
