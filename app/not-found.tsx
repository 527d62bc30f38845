import type { Metadata } from 'next';
import Link from 'next/link';
import { BLOG_PATH } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. The freshest GLOWPOP articles are on the blog.',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="wrap notice">
      <p className="eyebrow">Error 404</p>
      <h1 className="page-title">This page lost its fizz.</h1>
      <p className="lede">
        The link may be old, or the page may have moved. The freshest articles are on the blog.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href={BLOG_PATH} className="btn">
          Read the blog
        </Link>
        <Link href="/" className="btn-outline">
          Go home
        </Link>
      </div>
    </div>
  );
}
