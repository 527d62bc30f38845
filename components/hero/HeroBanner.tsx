import { site } from '@/lib/site';

/**
 * The home page's hero. It shows the first slide's headline; the rotating carousel
 * replaces the inside of this frame, which already reserves the banner's space.
 */
export function HeroBanner() {
  return (
    <section
      aria-labelledby="hero-headline"
      className="relative isolate overflow-hidden bg-ink text-cream"
    >
      <div
        aria-hidden="true"
        className="absolute inset-0 -z-10 bg-[radial-gradient(circle_at_15%_25%,#B0145A_0,transparent_45%),radial-gradient(circle_at_85%_75%,#6E0A37_0,transparent_45%),radial-gradient(circle_at_65%_5%,#FFC9A833_0,transparent_40%)]"
      />
      <div className="mx-auto flex min-h-[22rem] max-w-6xl flex-col justify-center px-4 py-16 sm:min-h-[28rem] sm:px-6">
        <h1
          id="hero-headline"
          className="max-w-3xl font-display text-5xl leading-[0.95] font-extrabold text-balance uppercase sm:text-7xl"
        >
          {site.heroHeadline} <span className="text-sun">{site.heroHashtag}</span>
        </h1>
        <p className="mt-6 max-w-xl text-lg text-cream">{site.tagline}</p>
      </div>
    </section>
  );
}
