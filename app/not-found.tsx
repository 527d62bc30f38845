import type { Metadata } from 'next';
import { HtmlOnlyPart } from '@/components/layout/HtmlOnlyPart';
import { BLOG_PATH } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'This page does not exist. The freshest GLOWPOP articles are on the blog.',
  robots: { index: false },
};

/**
 * Next puts this page into every page's React payload, ready for a `notFound()` in the
 * browser; sent in the HTML only, it costs each page a handle instead.
 */
export default function NotFound() {
  return (
    <HtmlOnlyPart className="wrap notice">
      <p className="eyebrow">Error 404</p>
      <h1 className="page-title">This page lost its fizz.</h1>
      <p className="lede">
        The link may be old, or the page may have moved. The freshest articles are on the blog.
      </p>
      <div className="flex flex-wrap gap-3">
        <a href={BLOG_PATH} className="btn">
          Read the blog
        </a>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- next/link is a client
            component, which a part sent in the HTML only cannot hold */}
        <a href="/" className="btn-outline">
          Go home
        </a>
      </div>
    </HtmlOnlyPart>
  );
}
