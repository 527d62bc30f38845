/**
 * Search's front door: the index over the published posts (lib/content), the answer to a
 * request, the misses editors read, and the request parser. The browser's code imports the
 * paths, the shortcuts and the address builders directly (./search-entry, ./search-address),
 * which reach nothing on the server.
 */
export { answerSearch, getSearchIndex, type SearchOutcome } from './site-search';
export {
  buildSearchIndex,
  textOfHtml,
  type SearchAnswer,
  type SearchHit,
  type SearchIndex,
  type TagCount,
} from './search-index';
export { excerptAround, highlight, type Highlighted } from './excerpt';
export {
  cleanQuery,
  MAX_QUERY_LENGTH,
  missKey,
  parseSearchRequest,
  RESULTS_PER_PAGE,
  type SearchRequest,
} from './search-query';
export { searchTerm } from './search-terms';
export {
  searchView,
  type BrowseTopics,
  type SearchResultView,
  type SearchView,
} from './search-view';
export { countMissedSearch } from './search-misses';
export { SEARCH_FIELD_ID, SEARCH_PATH } from './search-entry';
export { SEARCH_API_PATH, SEARCH_MISS_PATH, searchApiPath, searchPath } from './search-address';
