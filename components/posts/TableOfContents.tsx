import type { Heading } from '@/lib/content/schema';

/** Articles with at least this many sections get a table of contents. */
const MIN_SECTIONS = 3;

/** "On this page": links to the article's sections (its ## headings), by their ids. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < MIN_SECTIONS) return null;
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading" className="eyebrow">
        On this page
      </h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
