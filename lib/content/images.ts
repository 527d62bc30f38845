import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';
import { closestMatch } from './closest-match';
import { isMissingFile, type ContentProblem } from './errors';

/** The image files posts may use, and the media type each is served as. */
const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

export const IMAGE_EXTENSIONS = new Set(Object.keys(IMAGE_TYPES));

/** An image file under `public/`, measured so pages reserve its space before it loads. */
export type MeasuredImage = {
  src: string;
  width: number;
  height: number;
  /** File size and media type, which feeds' enclosures must state. */
  bytes: number;
  type: string;
};

/** What is wrong with an image reference, worded for the editor's message. */
export type ImageProblem = Pick<ContentProblem, 'expected' | 'found' | 'hint'>;

export type ImageCheck = { image: MeasuredImage } | { problem: ImageProblem };

/** Where a post's images live, as a path from the site root. */
export function postImageFolder(slug: string): string {
  return `/images/posts/${slug}/`;
}

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:|^\/\//i;

/**
 * The site path of an image a post refers to. Editors may write just the file name
 * (`cover.jpg`) for a file in the post's own folder, or the full path from the site root.
 */
export function resolvePostImage(reference: string, slug: string): string {
  if (HAS_SCHEME.test(reference) || reference.startsWith('/')) return reference;
  return postImageFolder(slug) + reference.replace(/^\.\//, '');
}

/** Checks that `src` (a path from the site root) names a readable image in `publicDir`. */
export async function measureImage(src: string, publicDir: string): Promise<ImageCheck> {
  const pathname = safeDecode(src.split(/[?#]/, 1)[0] ?? src);
  const extension = path.extname(pathname).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(extension)) {
    return {
      problem: {
        expected: `an image file (${[...IMAGE_EXTENSIONS].join(', ')})`,
        found: JSON.stringify(src),
      },
    };
  }
  // Editors' files, read while building: keep the bundler from tracing public/ into the server.
  const file = path.join(/* turbopackIgnore: true */ publicDir, pathname);
  try {
    const { width, height } = await imageSizeFromFile(file);
    if (!width || !height) throw new Error('its width and height could not be read');
    const { size: bytes } = await stat(file);
    return { image: { src: pathname, width, height, bytes, type: IMAGE_TYPES[extension] ?? '' } };
  } catch (error) {
    if (isMissingFile(error)) {
      const nearby = await closestFileName(path.dirname(file), path.basename(file));
      return {
        problem: {
          expected: `a file at public${pathname}`,
          found: 'no such file',
          hint: nearby ? `did you mean ${nearby}?` : undefined,
        },
      };
    }
    return {
      problem: {
        expected: 'an image file that can be read',
        found: `public${pathname}, which failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

/** Post images must sit in the post's own folder, so a post and its pictures move together. */
export async function checkPostImage(
  reference: string,
  slug: string,
  publicDir: string,
): Promise<ImageCheck> {
  const folder = postImageFolder(slug);
  const external = HAS_SCHEME.test(reference);
  const src = path.posix.normalize(resolvePostImage(reference, slug));
  if (external || !src.startsWith(folder)) {
    return {
      problem: {
        expected: `an image in public${folder}`,
        found: JSON.stringify(reference),
        hint: external
          ? 'save the image into that folder and write its file name, e.g. photo.jpg'
          : `move the file into public${folder} and write its file name`,
      },
    };
  }
  return measureImage(src, publicDir);
}

function safeDecode(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

async function closestFileName(folder: string, name: string): Promise<string | undefined> {
  try {
    return closestMatch(name, await readdir(folder));
  } catch {
    return undefined;
  }
}
