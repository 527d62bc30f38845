import Link from 'next/link';
import { pagePath } from '@/lib/pagination';

type PaginationProps = { basePath: string; page: number; pageCount: number };

export function Pagination({ basePath, page, pageCount }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? (
        <Link href={pagePath(basePath, page - 1)} rel="prev" className="btn-outline">
          <span aria-hidden="true">←&nbsp;</span>Newer posts
        </Link>
      ) : (
        <span />
      )}
      <p>
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={pagePath(basePath, page + 1)} rel="next" className="btn-outline">
          Older posts<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
