import type { Post } from '@/lib/content/schema';
import { PostList } from './PostList';

export function RelatedPosts({ posts }: { posts: readonly Post[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="explore-more" className="mx-auto mt-20 max-w-6xl px-4 sm:px-6">
      <h2 id="explore-more" className="font-display text-3xl font-bold text-ink">
        Explore more
      </h2>
      <div className="mt-8">
        <PostList posts={posts} headingLevel="h3" />
      </div>
    </section>
  );
}
