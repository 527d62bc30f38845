import type { HeroSlide } from '@/lib/content';

/** Splits a trailing hashtag off the headline so it can take the accent colour. */
function splitHashtag(headline: string): [string, string | undefined] {
  const match = /^(.*?)\s*(#[\p{L}\p{N}_]+)$/u.exec(headline);
  return match ? [match[1] ?? headline, match[2]] : [headline, undefined];
}

type HeroSlideContentProps = {
  slide: HeroSlide;
  /** The first slide is the page's largest paint: fetch it first; the rest wait until needed. */
  isFirst: boolean;
};

export function HeroSlideContent({ slide, isFirst }: HeroSlideContentProps) {
  const [headline, hashtag] = splitHashtag(slide.headline);
  return (
    <div className="relative h-full">
      {/* A plain <img>: the artwork is SVG, which next/image cannot optimize, and next/image
          would add its client script to the page for nothing. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={slide.image}
        alt={slide.imageAlt}
        width={1600}
        height={1000}
        decoding="async"
        loading={isFirst ? 'eager' : 'lazy'}
        fetchPriority={isFirst ? 'high' : 'low'}
        className="hero-art"
      />
      {/* A scrim under the text keeps it readable (AA) on every colourway. */}
      <div aria-hidden="true" className="hero-scrim" />
      <div className="wrap hero-copy">
        <h2>
          {headline}
          {hashtag ? (
            <>
              {' '}
              <span>{hashtag}</span>
            </>
          ) : null}
        </h2>
        {slide.subline ? <p className="hero-subline">{slide.subline}</p> : null}
        {slide.cta ? (
          <p className="mt-6">
            {/* A plain link: most slides lead to an article, which loads whole (ArticleLink). */}
            <a href={slide.cta.href} className="btn hero-cta">
              {slide.cta.label}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
