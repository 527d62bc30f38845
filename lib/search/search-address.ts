import { SEARCH_PATH } from './search-entry';

/** Results as JSON for the search page's live results: the same answer as the page. */
export const SEARCH_API_PATH = '/api/search';

/** Where the search page reports a search that found nothing, once the reader stops typing. */
export const SEARCH_MISS_PATH = '/api/search/miss';

/**
 * A search's addresses. Apart from ./paths, which every page's script carries (the shortcuts),
 * because only the search page builds them.
 */
export type SearchAddress = { query: string; tag?: string; page?: number };

function searchQueryString({ query, tag, page }: SearchAddress): string {
  const params = new URLSearchParams({ q: query });
  if (tag) params.set('tag', tag);
  if (page && page > 1) params.set('page', String(page));
  return params.toString();
}

/** A search's shareable address: `/search?q=sleep&tag=skin-health&page=2`. */
export function searchPath(address: SearchAddress): string {
  return `${SEARCH_PATH}?${searchQueryString(address)}`;
}

export function searchApiPath(address: SearchAddress): string {
  return `${SEARCH_API_PATH}?${searchQueryString(address)}`;
}
