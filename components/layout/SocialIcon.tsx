import type { SocialLink } from '@/lib/site';

/**
 * A network's mark (public/icons/), drawn in cream for the dark footer. An image file rather
 * than inline SVG: the footer is below the first screen, so the browser fetches it lazily, and
 * the page's HTML and React payload each carry one short tag instead of the glyph's path.
 */
export function SocialIcon({ name }: { name: SocialLink['name'] }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a 24px SVG; nothing to optimize
    <img src={`/icons/${name.toLowerCase()}.svg`} alt="" width={24} height={24} loading="lazy" />
  );
}
