import { ImageResponse } from 'next/og';
import { BRAND_ICON_SIZES, brandIconSvg } from './brand-icons';

/** The icons' addresses never change, so browsers re-check them daily rather than never. */
const ICON_CACHE = 'public, max-age=86400';

export function brandIconSvgResponse(): Response {
  return new Response(brandIconSvg(), {
    headers: { 'content-type': 'image/svg+xml', 'cache-control': ICON_CACHE },
  });
}

export function brandIconPng(size: number, shape: { square?: boolean } = {}): ImageResponse {
  const svg = brandIconSvg(shape);
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- next/og draws plain elements only
    <img src={source} width={size} height={size} alt="" />,
    { width: size, height: size, headers: { 'cache-control': ICON_CACHE } },
  );
}

/**
 * `/favicon.ico`, which browsers and feed readers ask for whether or not a page names it: an
 * ICO container holding PNG images (allowed since Windows Vista, read by every browser).
 */
export async function brandFaviconResponse(): Promise<Response> {
  const images = await Promise.all(
    BRAND_ICON_SIZES.favicon.map(async (size) => ({
      size,
      png: Buffer.from(await brandIconPng(size).arrayBuffer()),
    })),
  );
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size % 256, entry); // 0 means 256
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  const body = Buffer.concat([header, ...images.map((image) => image.png)]);
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': 'image/x-icon', 'cache-control': ICON_CACHE },
  });
}
