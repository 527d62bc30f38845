import { getImageProps } from 'next/image';
import type { PostImage } from '@/lib/content';

type CoverImageProps = {
  image: PostImage;
  /** How wide the image shows at each breakpoint, so the browser picks the right file. */
  sizes: string;
  className?: string;
  /** The article's cover is likely the page's largest paint: fetch it first, not lazily. */
  priority?: boolean;
  /** Cards repeat what their title says, so their thumbnails are decorative. */
  decorative?: boolean;
};

/**
 * A post's cover through Next's image optimizer (resized, WebP, a srcset for each screen),
 * rendered on the server as a plain `<img>`: `next/image`'s component would ship client
 * JavaScript for what HTML already does.
 */
export function CoverImage({
  image,
  sizes,
  className,
  priority = false,
  decorative = false,
}: CoverImageProps) {
  const { props } = getImageProps({
    src: image.src,
    alt: decorative ? '' : image.alt,
    width: image.width,
    height: image.height,
    sizes,
    loading: priority ? 'eager' : 'lazy',
    fetchPriority: priority ? 'high' : undefined,
  });
  // next/image's `color: transparent` hides alt text while the picture loads; a decorative
  // thumbnail has none, so on cards it is only bytes (twice: HTML and payload).
  const { style, ...rest } = props;
  const attributes = decorative ? rest : { ...rest, style };
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt is in props
  return <img {...attributes} className={className} />;
}
