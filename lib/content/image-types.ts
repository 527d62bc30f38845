import path from 'node:path';

/** The image files posts may use, and the media type each is served as. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

export const IMAGE_EXTENSIONS = new Set(Object.keys(IMAGE_TYPES));

/** Where single-file posts keep their images: one folder per slug, under `public/`. */
export function publicPostImagesDir(publicDir: string): string {
  return path.join(/* turbopackIgnore: true */ publicDir, 'images', 'posts');
}
