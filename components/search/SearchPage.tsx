import type { SearchView } from '@/lib/search';
import { SearchBox } from './SearchBox';
import { SearchStyles } from './SearchStyles';

/**
 * The search page: a GET form and its results, server-rendered, so it works the same with
 * JavaScript off; every state (nothing asked, too long, nothing found, results) is a page.
 */
export function SearchPage({
  query,
  tag,
  view,
}: {
  query: string;
  tag?: string;
  view: SearchView;
}) {
  return (
    <div className="wrap pt-16">
      <SearchStyles />
      <h1 className="page-title">Search</h1>
      <SearchBox
        key={`${query}\n${tag ?? ''}\n${view.kind === 'results' ? view.page : 1}`}
        query={query}
        tag={tag}
        view={view}
      />
    </div>
  );
}
