import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { Article } from '@/components/posts/Article';
import { getAllPosts, postPath } from '@/lib/content';
import { settings } from '@/lib/config';
import { formatDate } from '@/lib/format-date';
import { openPreview } from '@/lib/preview/open-preview';
import { utcDay } from '@/lib/utc-day';

type PreviewPageProps = { params: Promise<{ token: string }> };

// Rendered on request: a token is checked against the secret and the clock each time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Preview — not published',
  robots: { index: false, follow: false },
};

/**
 * A draft or scheduled post exactly as it will look, for whoever holds the link
 * `npm run preview-link` printed. Any link that does not open a preview is a plain 404.
 */
export default async function PreviewPage({ params }: PreviewPageProps) {
  const outcome = openPreview((await params).token, {
    secret: settings().PREVIEW_SECRET,
    posts: await getAllPosts(),
  });
  if (outcome.kind === 'published') redirect(postPath(outcome.post.slug));
  if (outcome.kind === 'refused') notFound();
  return (
    <>
      {/* Styled here, not in the stylesheet every page carries: only preview pages show it. */}
      <p
        role="note"
        className="wrap"
        style={{
          marginTop: '1rem',
          borderRadius: '1rem',
          background: 'var(--color-sun)',
          color: 'var(--color-plum)',
          padding: '0.75rem 1rem',
        }}
      >
        <strong>Preview — not published.</strong> Only people with this link can see it, until{' '}
        {formatDate(utcDay(outcome.expiresAt))}.
      </p>
      <Article post={outcome.post} />
    </>
  );
}
