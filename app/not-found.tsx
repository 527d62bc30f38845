import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. The freshest GLOWPOP articles are on the blog.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-start gap-6 px-4 py-24 sm:px-6">
      <p className="text-sm font-bold tracking-[0.2em] text-pop-700 uppercase">Error 404</p>
      <h1 className="font-display text-4xl font-extrabold text-ink sm:text-5xl">
        This page lost its fizz.
      </h1>
      <p className="text-lg text-ink-soft">
        The link may be old, or the page may have moved. The freshest articles are on the blog.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link
          href="/blog"
          className="rounded-full bg-pop-700 px-6 py-3 font-semibold text-white hover:bg-pop-900"
        >
          Read the blog
        </Link>
        <Link
          href="/"
          className="rounded-full px-6 py-3 font-semibold text-ink ring-2 ring-ink hover:bg-ink hover:text-cream"
        >
          Go home
        </Link>
      </div>
    </div>
  );
}
