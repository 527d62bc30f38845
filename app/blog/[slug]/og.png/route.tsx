import { getPostBySlug } from '@/lib/content';
import { drawnOnce } from '@/lib/seo/drawn-once';
import { previewImage } from '@/lib/seo/preview-image';

/**
 * Drawn on request, not at build: one card takes about 30 ms, which at 10,000 articles was most
 * of the build's time and output. Each version of a card is then kept (the 300 most recently
 * shared, about 40 MB at most), so a busy share link costs one drawing, not one per request.
 */
export const dynamic = 'force-dynamic';

const CACHE_CONTROL = 'public, max-age=86400';

const cards = drawnOnce(300, async (card: { eyebrow: string; title: string; tags: string[] }) =>
  (await previewImage(card)).arrayBuffer(),
);

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = await getPostBySlug((await params).slug);
  if (!post) {
    return new Response('No such article.', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const card = {
    eyebrow: post.category,
    title: post.title,
    tags: post.tags.map((tag) => tag.name),
  };
  // The card's version as its ETag: a crawler that has it gets a 304 and nothing is drawn.
  const headers = { 'cache-control': CACHE_CONTROL, etag: `"${cards.version(card)}"` };
  if (request.headers.get('if-none-match') === headers.etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(await cards.get(card), {
    headers: { ...headers, 'content-type': 'image/png' },
  });
}
