export type PageOf<T> = {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
};

/** An empty list still has one page, so /blog always exists. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The requested page, or undefined when it does not exist (so the route can 404). */
export function paginate<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): PageOf<T> | undefined {
  const count = pageCount(items.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount: count };
}

/** Page 1 has one URL only: the list's own path. */
export function pagePath(basePath: string, page: number): string {
  return page === 1 ? basePath : `${basePath}/page/${page}`;
}

/**
 * Parses a `[page]` route segment. Only canonical numbers count: "2" is page 2, while
 * "02", "2.0" and "1" (page 1 lives at the list's own path) are not pages.
 */
export function parsePageParam(segment: string): number | undefined {
  if (!/^[1-9]\d*$/.test(segment)) return undefined;
  const page = Number(segment);
  return page >= 2 ? page : undefined;
}
