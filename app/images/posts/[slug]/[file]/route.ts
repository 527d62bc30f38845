import { readFile } from 'node:fs/promises';
import { getFolderPostImage, getFolderPostImages, pagesOfRoute } from '@/lib/content';

// Images beside a post, prerendered by the build; a legacy image in public/ at the same path
// is served by Next before this route is asked. Other addresses still reach GET, which answers
// 404 for anything but a post's image: so in `next dev` a renamed post's pictures show at once,
// before Next has listed the route's new addresses.
export function generateStaticParams() {
  return pagesOfRoute(async () =>
    (await getFolderPostImages()).map(({ slug, name }) => ({ slug, file: name })),
  );
}

/** An image kept beside its post (`content/posts/<slug>/photo.jpg`), prerendered by the build. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug, file } = await params;
  const image = await getFolderPostImage(slug, file);
  if (!image) return new Response('Not Found', { status: 404 });
  return new Response(new Uint8Array(await readFile(/* turbopackIgnore: true */ image.file)), {
    headers: { 'Content-Type': image.type },
  });
}
