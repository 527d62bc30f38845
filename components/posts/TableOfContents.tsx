import type { Heading } from '@/lib/content/schema';

/** Articles with at least this many sections get a table of contents. */
const MIN_SECTIONS = 3;

/** "On this page": links to the article's sections (its ## headings), by their ids. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < MIN_SECTIONS) return null;
  return (
    <nav
      aria-labelledby="toc-heading"
      className="mt-10 rounded-3xl bg-white p-6 ring-1 ring-ink/10"
    >
      <h2 id="toc-heading" className="text-sm font-bold tracking-[0.2em] text-pop-700 uppercase">
        On this page
      </h2>
      <ol className="mt-3 flex list-decimal flex-col gap-2 pl-5 text-ink marker:text-pop-700">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="underline-offset-4 hover:underline">
              {section.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
