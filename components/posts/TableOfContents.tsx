import type { Heading } from '@/lib/content';
import { HtmlOnlyPart } from '@/components/layout/HtmlOnlyPart';
import { ContentsDisclosure } from './ContentsDisclosure';

/** Articles with at least this many sections get a table of contents. */
const MIN_SECTIONS = 3;

/** "On this page": links to the article's sections (its ## headings), by their ids. */
export function TableOfContents({ headings }: { headings: readonly Heading[] }) {
  const sections = headings.filter((heading) => heading.depth === 2);
  if (sections.length < MIN_SECTIONS) return null;
  return (
    <ContentsDisclosure>
      <summary>
        On this page <span>({sections.length} sections)</span>
      </summary>
      <HtmlOnlyPart as="nav" aria-label="On this page">
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.text}</a>
            </li>
          ))}
        </ol>
      </HtmlOnlyPart>
    </ContentsDisclosure>
  );
}
