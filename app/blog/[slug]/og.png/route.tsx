import { notFound } from 'next/navigation';
import { getPostBySlug, getPublishedPosts } from '@/lib/content/posts';
import { previewImage } from '@/lib/seo/preview-image';

export const dynamicParams = false;

/** Rendered once at build time per article, like the pages themselves. */
export async function generateStaticParams() {
  return (await getPublishedPosts()).map((post) => ({ slug: post.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = await getPostBySlug((await params).slug);
  if (!post) notFound();
  return previewImage({
    eyebrow: post.category,
    title: post.title,
    tags: post.tags.map((tag) => tag.name),
  });
}
