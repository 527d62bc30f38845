import { cache } from 'react';
import { getPublishedPosts, type Post } from '@/lib/content';
import { buildSearchIndex, type SearchAnswer, type SearchIndex } from './search-index';
import type { SearchRequest } from './search-query';

/**
 * One index per content set: a production server builds it once, on the first search (never
 * during the build or before a page paints); `next dev` reads the content afresh for every
 * request, so a saved post is searchable on the next keystroke.
 */
const indexes = new WeakMap<readonly Post[], Promise<SearchIndex>>();

export const getSearchIndex = cache(async (): Promise<SearchIndex> => {
  const posts = await getPublishedPosts();
  let index = indexes.get(posts);
  if (!index) {
    // Kept as a promise: searches arriving while it is built wait for this one build.
    index = buildSearchIndex(posts);
    indexes.set(posts, index);
  }
  return index;
});

/** What the search page shows for a request: results, or why there are none. */
export type SearchOutcome =
  | { kind: 'empty'; tag?: string }
  | { kind: 'too-long'; query: string; length: number }
  | { kind: 'results'; answer: SearchAnswer };

export async function answerSearch(request: SearchRequest): Promise<SearchOutcome> {
  if (request.kind !== 'search') return request;
  const index = await getSearchIndex();
  return {
    kind: 'results',
    answer: index.search(request.query, { tag: request.tag, page: request.page }),
  };
}
