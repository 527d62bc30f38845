'use client';

import Link from 'next/link';
// A client component: the path builders alone, without the content loader behind the index.
import { BLOG_PATH } from '@/lib/content/paths';

type ErrorPageProps = { error: unknown; retry: () => void };

/**
 * Shown when a page fails to render, inside the site's header and footer. In `next dev` a
 * content error also shows its exact message (components/dev/ContentLiveReload.tsx), and the
 * page comes back by itself once the file is fixed.
 */
export default function ErrorPage({ retry }: ErrorPageProps) {
  return (
    <div className="wrap notice">
      <p className="eyebrow">Error</p>
      <h1 className="page-title">This page went flat.</h1>
      <p className="lede">Something went wrong. Try again, or head to the blog.</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={retry} className="btn">
          Try again
        </button>
        <Link href={BLOG_PATH} className="btn-outline">
          Read the blog
        </Link>
      </div>
    </div>
  );
}
