import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/posts/StatusBadge';
import { getAllPosts, isDev, postPath } from '@/lib/content';

export const metadata: Metadata = {
  title: 'What is coming',
  robots: { index: false, follow: false },
};

/**
 * `npm run dev` only: every draft and scheduled post, soonest first, each linking to its
 * preview, for editors to see what is coming. A production build has no such page (a 404).
 */
export default async function DraftsPage() {
  if (!isDev()) notFound();
  const coming = (await getAllPosts())
    .filter((post) => post.status !== 'published')
    .sort((a, b) => a.date.localeCompare(b.date) || a.slug.localeCompare(b.slug));
  return (
    <div className="wrap narrow pt-10 sm:pt-16">
      <p className="eyebrow">While editing</p>
      <h1 className="page-title mt-3">What is coming</h1>
      <p className="lede mt-3">
        Drafts and scheduled posts, shown only here in <code>npm run dev</code>. A scheduled post
        goes live with the first production build on its date.
      </p>
      {coming.length === 0 ? (
        <p className="mt-8">No drafts or scheduled posts: everything is published.</p>
      ) : (
        // Only classes other pages use: this page must add nothing to the CSS every page carries.
        <ul className="mt-8 flex flex-col gap-5">
          {coming.map((post) => (
            <li key={post.slug}>
              <a href={postPath(post.slug)}>{post.title}</a>{' '}
              <StatusBadge status={post.status} date={post.date} />
              <br />
              <small>{post.file}</small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
