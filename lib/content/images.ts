import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { imageSizeFromFile } from 'image-size/fromFile';
import { closestMatch } from '@/lib/closest-match';
import { displayPath } from './content-folder';
import { IMAGE_EXTENSIONS, IMAGE_TYPES, publicPostImagesDir } from './image-types';
import { isMissingFile, type ContentProblem } from './errors';

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
  // Editors' files, read while building: keep the bundler from tracing public/ into the server.
  const file = path.join(/* turbopackIgnore: true */ publicDir, pathname);
  return measureImageFile(pathname, file, `public${pathname}`);
}

/** Measures the image `file` on disk (`shown` to editors so), served at the site path `src`. */
async function measureImageFile(src: string, file: string, shown: string): Promise<ImageCheck> {
  const extension = path.extname(src).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(extension)) {
    return {
      problem: {
        expected: `an image file (${[...IMAGE_EXTENSIONS].join(', ')})`,
        found: JSON.stringify(src),
      },
    };
  }
  try {
    const { width, height } = await imageSizeFromFile(file);
    if (!width || !height) throw new Error('its width and height could not be read');
    const { size: bytes } = await stat(file);
    return { image: { src, width, height, bytes, type: IMAGE_TYPES[extension] ?? '' } };
  } catch (error) {
    if (isMissingFile(error)) {
      const nearby = await closestFileName(path.dirname(file), path.basename(file));
      return {
        problem: {
          expected: `a file at ${shown}`,
          found: 'no such file',
          hint: nearby ? `did you mean ${nearby}?` : undefined,
        },
      };
    }
    return {
      problem: {
        expected: 'an image file that can be read',
        found: `${shown}, which failed: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

/**
 * Where one post's images are on disk. A folder post (`posts/<slug>/index.md`) keeps them
 * beside it, so a rename moves one folder; a single-file post keeps them in
 * `public/images/posts/<slug>/`. Either way they are served at `/images/posts/<slug>/`.
 */
export type PostImages = {
  slug: string;
  folder: string;
  /** Single-file posts: the public folder, where a renamed post's images may be left behind. */
  publicDir?: string;
  /** The post's old slugs, whose image folders a rename may have left behind. */
  aliases?: readonly string[];
};

export function postImagesOf(file: string, slug: string, publicDir: string): PostImages {
  return isFolderPost(file)
    ? { slug, folder: path.dirname(file) }
    : {
        slug,
        folder: path.join(/* turbopackIgnore: true */ publicPostImagesDir(publicDir), slug),
        publicDir,
      };
}

/** `posts/<slug>/index.md`: a post that is a folder, its images beside it. */
export function isFolderPost(file: string): boolean {
  return path.basename(file) === 'index.md';
}

/** Post images must sit in the post's own folder, so a post and its pictures move together. */
export async function checkPostImage(reference: string, images: PostImages): Promise<ImageCheck> {
  const served = postImageFolder(images.slug);
  // Editors know single-file posts' images by their place under public/, wherever that is.
  const shownFolder = images.publicDir ? `public${served}` : `${displayPath(images.folder)}/`;
  const external = HAS_SCHEME.test(reference);
  const src = path.posix.normalize(resolvePostImage(reference, images.slug));
  if (external || !src.startsWith(served)) {
    return {
      problem: {
        expected: `an image in ${shownFolder}`,
        found: JSON.stringify(reference),
        hint: external
          ? 'save the image into that folder and write its file name, e.g. photo.jpg'
          : `move the file into ${shownFolder} and write its file name`,
      },
    };
  }
  const name = safeDecode(src.slice(served.length));
  const file = path.join(/* turbopackIgnore: true */ images.folder, name);
  const checked = await measureImageFile(src, file, shownFolder + name);
  if ('problem' in checked && checked.problem.found === 'no such file' && images.publicDir) {
    const behind = await leftBehind(name, images, images.publicDir);
    if (behind) return { problem: { ...checked.problem, hint: behind } };
  }
  return checked;
}

/**
 * Where a single-file post's image is when a rename left it in the old slug's folder: the
 * folders of the post's aliases first, then any other post's folder holding that file name.
 */
async function leftBehind(
  name: string,
  images: PostImages,
  publicDir: string,
): Promise<string | undefined> {
  const postsFolder = publicPostImagesDir(publicDir);
  const others = await readdir(postsFolder).catch(() => []);
  const candidates = [...(images.aliases ?? []), ...others.filter((slug) => slug !== images.slug)];
  for (const slug of new Set(candidates)) {
    const folder = path.join(/* turbopackIgnore: true */ postsFolder, slug);
    if (await stat(path.join(/* turbopackIgnore: true */ folder, name)).catch(() => undefined)) {
      const renamed = images.aliases?.includes(slug) ? ', the post’s old slug' : '';
      return `it is in public/images/posts/${slug}/${renamed}: if the post was renamed, rename that folder to public/images/posts/${images.slug}/`;
    }
  }
  return undefined;
}

/** A percent-encoded path as written, decoded; as written when it is not valid encoding. */
export function safeDecode(pathname: string): string {
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
