'use client';

import Link from 'next/link';

type ErrorPageProps = { error: unknown; retry: () => void };

/**
 * Shown when a page fails to render, inside the site's header and footer. In `next dev` a
 * content error also shows its exact message (components/dev/ContentLiveReload.tsx), and the
 * page comes back by itself once the file is fixed.
 */
export default function ErrorPage({ retry }: ErrorPageProps) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-start gap-6 px-4 py-24 sm:px-6">
      <p className="text-sm font-bold tracking-[0.2em] text-pop-700 uppercase">Error</p>
      <h1 className="font-display text-4xl font-extrabold text-ink sm:text-5xl">
        This page went flat.
      </h1>
      <p className="text-lg text-ink-soft">
        Something went wrong while showing it. Try again, or head to the blog.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={retry}
          className="rounded-full bg-pop-700 px-6 py-3 font-semibold text-white hover:bg-pop-900"
        >
          Try again
        </button>
        <Link
          href="/blog"
          className="rounded-full px-6 py-3 font-semibold text-ink ring-2 ring-ink hover:bg-ink hover:text-cream"
        >
          Read the blog
        </Link>
      </div>
    </div>
  );
}
