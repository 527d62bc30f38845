import { z } from 'zod';

/** Longer than any real search; a longer query is answered with a message, not searched. */
export const MAX_QUERY_LENGTH = 200;

export const RESULTS_PER_PAGE = 10;

/**
 * A query as readers type it, made safe to search, show and count: lone surrogates replaced,
 * control characters (NUL included) dropped, white space collapsed.
 */
export function cleanQuery(raw: string): string {
  return raw
    .toWellFormed()
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The form of a query that is counted as a miss: case, accents and spacing do not split it. */
export function missKey(query: string): string {
  return cleanQuery(query).normalize('NFKC').toLowerCase().slice(0, MAX_QUERY_LENGTH);
}

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const searchParamsSchema = z.object({
  q: z.preprocess(single, z.string().catch('').default('')),
  tag: z.preprocess(single, z.string().optional().catch(undefined)),
  page: z.preprocess(single, z.coerce.number().int().min(1).catch(1).default(1)),
});

export type SearchRequest =
  | { kind: 'empty'; tag?: string }
  | { kind: 'too-long'; query: string; length: number }
  | { kind: 'search'; query: string; tag?: string; page: number };

/**
 * Reads `?q=…&tag=…&page=…` from a URL or a Next page's search params. Anything malformed reads
 * as its default (page 1, no tag): a search page answers every address, never with an error.
 */
export function parseSearchRequest(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): SearchRequest {
  const entries =
    params instanceof URLSearchParams
      ? {
          q: params.get('q') ?? undefined,
          tag: params.get('tag') ?? undefined,
          page: params.get('page') ?? undefined,
        }
      : params;
  const { q, tag, page } = searchParamsSchema.parse(entries);
  const query = cleanQuery(q);
  const tagSlug = tag ? cleanQuery(tag) || undefined : undefined;
  if (query === '') return { kind: 'empty', tag: tagSlug };
  const length = [...query].length;
  if (length > MAX_QUERY_LENGTH) {
    return { kind: 'too-long', query: [...query].slice(0, 40).join(''), length };
  }
  return { kind: 'search', query, tag: tagSlug, page };
}
