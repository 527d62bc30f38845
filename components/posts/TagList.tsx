import type { Tag } from '@/lib/content/tags';

export function TagList({ tags, label = 'Tags' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li
          key={tag.slug}
          className="rounded-full bg-fizz px-3 py-1 text-xs font-semibold tracking-wide text-ink"
        >
          {tag.name}
        </li>
      ))}
    </ul>
  );
}
