import { type Post, sharePreviewPath } from '@/lib/content';

/** Open Graph's recommended size: what Facebook, LinkedIn, X and chat apps show best. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** The image a link preview shows, with its real size so networks can lay it out at once. */
export type ShareImage = { path: string; alt: string; width: number; height: number };

/**
 * An article's share image: its own cover when social networks can show it (they do not
 * render SVG), else its generated card.
 */
export function previewImage(post: Pick<Post, 'slug' | 'title' | 'image'>): ShareImage {
  const cover = post.image;
  if (cover && !cover.src.toLowerCase().endsWith('.svg')) {
    return { path: cover.src, alt: cover.alt, width: cover.width, height: cover.height };
  }
  return { path: sharePreviewPath(post.slug), alt: post.title, ...PREVIEW_SIZE };
}
