import type { Metadata } from 'next';
import { after } from 'next/server';
import { SearchPage } from '@/components/search/SearchPage';
import { countMissedSearch, parseSearchRequest, searchView } from '@/lib/search';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({
  searchParams,
}: {
  searchParams: SearchParams;
}): Promise<Metadata> {
  const request = parseSearchRequest(await searchParams);
  return {
    title: request.kind === 'search' ? `Search: ${request.query}` : 'Search',
    // Result lists are for readers, not search engines; the articles are what should be found.
    robots: { index: false, follow: true },
  };
}

export default async function SearchRoute({ searchParams }: { searchParams: SearchParams }) {
  const request = parseSearchRequest(await searchParams);
  const view = await searchView(request);
  if (view.kind === 'results' && view.total === 0 && request.kind === 'search' && !request.tag) {
    // After the response: a slow or stopped database never delays the reader's page.
    after(() => countMissedSearch(view.query));
  }
  return (
    <SearchPage
      query={request.kind === 'empty' ? '' : request.query}
      tag={request.kind === 'too-long' ? undefined : request.tag}
      view={view}
    />
  );
}
