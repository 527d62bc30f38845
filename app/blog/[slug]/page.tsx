import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Article } from '@/components/posts/Article';
import { RelatedPosts } from '@/components/posts/RelatedPosts';
import { getPostBySlug, getPublishedPosts, getRelatedPosts } from '@/lib/content/posts';

type ArticlePageProps = { params: Promise<{ slug: string }> };

// Only slugs known at build time exist; anything else is a real 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getPublishedPosts()).map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const post = await getPostBySlug((await params).slug);
  if (!post) return {};
  return {
    title: post.title,
    description: post.summary,
    alternates: { canonical: `/blog/${post.slug}` },
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const post = await getPostBySlug((await params).slug);
  if (!post) notFound();
  const related = await getRelatedPosts(post);
  return (
    <>
      <Article post={post} />
      <RelatedPosts posts={related} />
    </>
  );
}
