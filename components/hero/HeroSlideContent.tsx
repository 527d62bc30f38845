import Link from 'next/link';
import type { HeroSlide } from '@/lib/content/schema';

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
    <div className="relative h-full w-full">
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
        className="absolute inset-0 h-full w-full object-cover object-[72%_50%]"
      />
      {/* A scrim under the text keeps it readable (AA) on every colourway. */}
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-gradient-to-t from-ink/90 via-ink/55 to-ink/5 sm:bg-gradient-to-r sm:from-ink/85 sm:via-ink/50 sm:to-transparent"
      />
      <div className="relative mx-auto flex h-full max-w-6xl flex-col justify-end px-4 pb-24 sm:justify-center sm:px-6 sm:pb-16">
        <h2 className="max-w-2xl font-display text-5xl leading-[0.95] font-extrabold text-balance text-cream uppercase sm:text-7xl">
          {headline}
          {hashtag ? (
            <>
              {' '}
              <span className="text-sun">{hashtag}</span>
            </>
          ) : null}
        </h2>
        {slide.subline ? (
          <p className="mt-4 max-w-xl text-lg text-cream sm:mt-6">{slide.subline}</p>
        ) : null}
        {slide.cta ? (
          <p className="mt-6">
            <Link
              href={slide.cta.href}
              className="inline-flex min-h-11 items-center rounded-full bg-cream px-6 font-semibold text-ink hover:bg-sun"
            >
              {slide.cta.label}
            </Link>
          </p>
        ) : null}
      </div>
    </div>
  );
}
