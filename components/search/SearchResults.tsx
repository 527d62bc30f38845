import Link from 'next/link';
import type { MouseEvent } from 'react';
import { searchPath } from '@/lib/search/search-address';
import type { BrowseTopics, SearchView } from '@/lib/search/search-view';
import { ArticleLink } from '@/components/posts/ArticleLink';
import { HighlightedText } from './HighlightedText';

const count = (value: number, one: string, many: string) =>
  `${value.toLocaleString('en')} ${value === 1 ? one : many}`;

/** What the polite status line says about a view: read out after every change. */
export function searchStatus(view: SearchView): string {
  if (view.kind === 'empty') return 'Search every article by its words: titles, headings and text.';
  if (view.kind === 'too-long') {
    return `That search is ${count(view.length, 'character', 'characters')} long; searches of up to ${view.max} characters work. Try a few words you remember from the article.`;
  }
  if (view.total === 0) return `No articles match “${view.query}”.`;
  const first = (view.page - 1) * 10 + 1;
  const shown = view.pageCount > 1 ? ` (${first}–${first + view.results.length - 1} shown)` : '';
  const tagged = view.tag ? ` tagged ${view.tag.name}` : '';
  return `${count(view.matching, 'article', 'articles')}${tagged} match “${view.query}”${shown}.`;
}

/*
 * A client component's module too (SearchBox): it imports nothing that reaches lib/config or the
 * content loader, so the search page's script stays small.
 */

/**
 * With JavaScript, links that change the search (a tag, a suggestion) update the results in
 * place; without it, they are plain links to the search page.
 */
export type SearchLinkHandlers = {
  onSearch?: (address: { query: string; tag?: string }, event: MouseEvent) => void;
};

function searchLink(address: { query: string; tag?: string }, { onSearch }: SearchLinkHandlers) {
  return {
    href: searchPath(address),
    onClick: onSearch ? (event: MouseEvent) => onSearch(address, event) : undefined,
  };
}

function TopicChips({ browse }: { browse: BrowseTopics }) {
  return (
    <nav aria-labelledby="search-topics" className="mt-10 grid gap-3">
      <h2 id="search-topics" className="eyebrow">
        Browse by topic
      </h2>
      <ul className="chips">
        {browse.tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tag.href}>
              {tag.name}{' '}
              <span>
                {tag.count} <span className="sr-only">{tag.count === 1 ? 'post' : 'posts'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={browse.blogHref} className="more-link">
          Or read every article
        </Link>
      </p>
    </nav>
  );
}

/**
 * Everything under the search field: the tag filters, a "did you mean", the results and their
 * pages, or the topics to browse where nothing was found. The same markup from the server (the
 * page without JavaScript) and in the browser (results as the reader types).
 */
export function SearchResults({ view, ...handlers }: { view: SearchView } & SearchLinkHandlers) {
  if (view.kind === 'empty') return <TopicChips browse={view.browse} />;
  if (view.kind === 'too-long') return null;
  const suggestion = view.suggestion ? (
    <p className="search-suggestion mt-4">
      Did you mean <a {...searchLink({ query: view.suggestion }, handlers)}>{view.suggestion}</a>?
    </p>
  ) : null;
  if (view.total === 0) {
    return (
      <>
        {suggestion}
        {view.browse ? <TopicChips browse={view.browse} /> : null}
      </>
    );
  }
  return (
    <>
      {suggestion}
      {view.tags.length > 1 ? (
        <nav aria-label="Show results tagged" className="mt-6">
          <ul className="chips">
            {[{ slug: undefined, name: 'All', count: view.total }, ...view.tags].map((tag) => (
              <li key={tag.slug ?? ''}>
                <a
                  {...searchLink({ query: view.query, tag: tag.slug }, handlers)}
                  aria-current={view.tag?.slug === tag.slug ? 'page' : undefined}
                >
                  {tag.name} <span>{tag.count}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <ol className="search-results mt-6" aria-label="Results">
        {view.results.map((result) => (
          <li key={result.href}>
            <article className="search-result">
              <h2>
                <ArticleLink href={result.href} className="search-result-link">
                  <HighlightedText runs={result.title} />
                </ArticleLink>
              </h2>
              <p className="meta">
                <time dateTime={result.date}>{result.dateText}</time>
                {result.statusLabel ? (
                  <span
                    className={result.status === 'scheduled' ? 'badge badge-scheduled' : 'badge'}
                  >
                    {result.statusLabel}
                  </span>
                ) : null}
              </p>
              <p>
                <HighlightedText runs={result.excerpt} />
              </p>
              <ul className="tags" aria-label="Tags">
                {result.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link href={tag.href}>{tag.name}</Link>
                  </li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ol>
      {view.pageCount > 1 ? (
        <nav aria-label="Pagination" className="pagination">
          {view.page > 1 ? (
            <Link
              href={searchPath({ query: view.query, tag: view.tag?.slug, page: view.page - 1 })}
              rel="prev"
              className="btn-outline"
            >
              <span aria-hidden="true">←&nbsp;</span>Previous results
            </Link>
          ) : (
            <span />
          )}
          <p>
            Page {view.page} of {view.pageCount}
          </p>
          {view.page < view.pageCount ? (
            <Link
              href={searchPath({ query: view.query, tag: view.tag?.slug, page: view.page + 1 })}
              rel="next"
              className="btn-outline"
            >
              More results<span aria-hidden="true">&nbsp;→</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  );
}
