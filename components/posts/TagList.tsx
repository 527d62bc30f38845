import { type Tag, tagPath } from '@/lib/content';

/**
 * A post's tags, each linking to its tag page; raised above a card's stretched link. Plain
 * links: an article's header is sent in its HTML only (HtmlOnlyPart), where a client component
 * such as `next/link` cannot be; on cards they no longer prefetch every tag page they show.
 */
export function TagList({ tags, label = 'Tags' }: { tags: readonly Tag[]; label?: string }) {
  return (
    <ul className="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.slug)}>{tag.name}</a>
        </li>
      ))}
    </ul>
  );
}
