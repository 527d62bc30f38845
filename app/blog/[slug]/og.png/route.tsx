import { getPostBySlug } from '@/lib/content';
import { previewImage } from '@/lib/seo/preview-image';

/**
 * Drawn on request, not at build: one card takes about 30 ms, which at 10,000 articles was most
 * of the build's time and output. The nginx recipe caches each card; crawlers may keep it a day.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = await getPostBySlug((await params).slug);
  if (!post) {
    return new Response('No such article.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return previewImage(
    { eyebrow: post.category, title: post.title, tags: post.tags.map((tag) => tag.name) },
    'public, max-age=86400',
  );
}
