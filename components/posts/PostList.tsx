import type { Post } from '@/lib/content/schema';
import { PostCard } from './PostCard';

export function PostList({
  posts,
  headingLevel,
}: {
  posts: readonly Post[];
  headingLevel?: 'h2' | 'h3';
}) {
  if (posts.length === 0) {
    return <p className="text-ink-soft">No posts yet. Check back soon.</p>;
  }
  return (
    <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
