import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_TYPES } from './image-types';
import { isFolderPost } from './images';
import { getAllPosts } from './posts';
import { isDev } from './site-content';

/** An image beside a folder post's index.md, served at `/images/posts/<slug>/<name>`. */
export type FolderPostImage = { slug: string; name: string; file: string; type: string };

/**
 * Every image kept beside a post (drafts' too, as images in `public/` always were, so preview
 * links show them). Only image files: a folder's markdown is never served. Listed once per
 * production process (any address under /images/posts/ asks), afresh on each call while editing.
 */
export function getFolderPostImages(): Promise<FolderPostImage[]> {
  if (isDev()) return listFolderPostImages();
  productionImages ??= listFolderPostImages();
  return productionImages;
}

let productionImages: Promise<FolderPostImage[]> | undefined;

async function listFolderPostImages(): Promise<FolderPostImage[]> {
  const posts = (await getAllPosts()).filter((post) => isFolderPost(post.file));
  const perPost = await Promise.all(
    posts.map(async (post) => {
      const folder = path.resolve(/* turbopackIgnore: true */ path.dirname(post.file));
      const names = await readdir(/* turbopackIgnore: true */ folder).catch(() => []);
      return names.flatMap((name) => {
        const type = IMAGE_TYPES[path.extname(name).toLowerCase()];
        const file = path.join(/* turbopackIgnore: true */ folder, name);
        return type ? [{ slug: post.slug, name, file, type }] : [];
      });
    }),
  );
  return perPost.flat();
}

export async function getFolderPostImage(
  slug: string,
  name: string,
): Promise<FolderPostImage | undefined> {
  return (await getFolderPostImages()).find((image) => image.slug === slug && image.name === name);
}
