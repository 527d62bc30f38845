/** Open Graph's recommended size: what Facebook, LinkedIn, X and chat apps show best. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** An article's share image: its own `image` when it has one, else its generated card. */
export function previewImagePath(post: { slug: string; image?: string }): string {
  return post.image ?? `/blog/${post.slug}/og.png`;
}
