import type { Metadata } from 'next';
import { PostList } from '@/components/posts/PostList';
import { getPublishedPosts } from '@/lib/content/posts';

export const metadata: Metadata = {
  title: 'Blog',
  description: 'Every GLOWPOP article on prebiotics, gut health and skin health, newest first.',
  alternates: { canonical: '/blog' },
};

export default async function BlogPage() {
  const posts = await getPublishedPosts();
  return (
    <div className="mx-auto max-w-6xl px-4 pt-12 sm:px-6 sm:pt-16">
      <h1 className="font-display text-4xl font-extrabold text-ink sm:text-5xl">
        The GLOWPOP Blog
      </h1>
      <p className="mt-4 max-w-2xl text-lg text-ink-soft">
        Prebiotics, the gut-skin axis and everyday rituals for glowing from the inside out.
      </p>
      <div className="mt-10">
        <PostList posts={posts} />
      </div>
    </div>
  );
}
