import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsletterForm } from '@/components/newsletter/NewsletterForm';
import { Article } from '@/components/posts/Article';
import { RelatedPosts } from '@/components/posts/RelatedPosts';
import { getPostBySlug, getPublishedPosts, getRelatedPosts } from '@/lib/content/posts';
import { site } from '@/lib/site';

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
      <aside aria-labelledby="article-newsletter" className="mx-auto mt-16 max-w-3xl px-4 sm:px-6">
        <div className="rounded-3xl bg-fizz p-6 sm:p-8">
          <h2 id="article-newsletter" className="font-display text-2xl font-bold text-ink">
            Enjoyed this? Get the next one in your inbox.
          </h2>
          <p className="mt-2 text-ink-soft">{site.newsletter.pitch}</p>
          <NewsletterForm formName="article-end" consent={site.newsletter.consent} tone="light" />
        </div>
      </aside>
      <RelatedPosts posts={related} />
    </>
  );
}
