import Link from 'next/link';
import { pagePath } from '@/lib/pagination';

type PaginationProps = { basePath: string; page: number; pageCount: number };

const linkClass =
  'inline-flex min-h-11 items-center rounded-full px-5 font-semibold text-ink ring-2 ring-ink hover:bg-ink hover:text-cream';

export function Pagination({ basePath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label="Pagination"
      className="mt-12 flex flex-wrap items-center justify-between gap-4"
    >
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">←&nbsp;</span>Newer posts
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-ink-soft">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={pagePath(basePath, page + 1)} rel="next" className={linkClass}>
          Older posts<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
