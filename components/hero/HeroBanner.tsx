import type { HeroSlide } from '@/lib/content';
import { HeroCarousel } from './HeroCarousel';
import { HeroSlideContent } from './HeroSlideContent';

/**
 * The home page's #GLOWPOP banner. Slides are rendered here, on the server, and handed to the
 * carousel island, so its client code is only the rotation logic.
 */
export function HeroBanner({ slides }: { slides: readonly HeroSlide[] }) {
  return (
    <HeroCarousel label="GLOWPOP highlights">
      {slides.map((slide, index) => (
        <HeroSlideContent key={`${index}-${slide.image}`} slide={slide} isFirst={index === 0} />
      ))}
    </HeroCarousel>
  );
}
