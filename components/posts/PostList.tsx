import type { Post } from '@/lib/content';
import { PostCard } from './PostCard';

export function PostList({
  posts,
  headingLevel,
}: {
  posts: readonly Post[];
  headingLevel?: 'h2' | 'h3';
}) {
  if (posts.length === 0) {
    return <p className="lede">No posts yet. Check back soon.</p>;
  }
  return (
    <ul className="cards">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
