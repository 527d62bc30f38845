'use client';

import { Children, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import heroCss from '@/components/hero/hero.inline.css';

const ROTATION_MS = 5000;
/** Horizontal travel, in CSS pixels, that counts as a swipe rather than a tap. */
const SWIPE_PX = 40;

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeToReducedMotion(onChange: () => void) {
  const query = matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const subscribeToNothing = () => () => {};

type ControlButtonProps = {
  label: string;
  className?: string;
  onClick: () => void;
  /** Whether the button changes the shown slide (rather than the rotation). */
  controlsSlides?: boolean;
  /** The icon's path, drawn on a 24px grid. */
  children: React.ReactNode;
};

function ControlButton({
  label,
  className = 'hero-button',
  onClick,
  controlsSlides,
  children,
}: ControlButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-controls={controlsSlides ? 'hero-slides' : undefined}
      aria-label={label}
      onClick={onClick}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="currentColor">
        {children}
      </svg>
    </button>
  );
}

/**
 * An auto-rotating carousel following the WAI-ARIA APG pattern: the rotation control comes
 * first, rotation pauses under the mouse and stops for good when keyboard focus enters,
 * reduced motion means no auto-rotation, and hidden slides are inert. Without JavaScript
 * the first slide shows alone and no dead controls are rendered.
 */
export function HeroCarousel({ label, children }: { label: string; children: React.ReactNode }) {
  const slides = Children.toArray(children);
  const count = slides.length;
  const [current, setCurrent] = useState(0);
  // False in the server HTML and during hydration, true once the script runs.
  const enhanced = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  const reducedMotion = useSyncExternalStore(
    subscribeToReducedMotion,
    () => matchMedia(REDUCED_MOTION).matches,
    () => true,
  );
  // null until the reader presses the rotation control: until then, rotate unless motion is reduced.
  const [chosenPlaying, setPlaying] = useState<boolean | null>(null);
  const [hovered, setHovered] = useState(false);
  const touchStartX = useRef<number | null>(null);

  const playing = count > 1 && enhanced && (chosenPlaying ?? !reducedMotion);
  const rotating = playing && !hovered;

  useEffect(() => {
    if (!rotating) return;
    const timer = setTimeout(() => setCurrent((index) => (index + 1) % count), ROTATION_MS);
    return () => clearTimeout(timer);
  }, [rotating, current, count]);

  const show = (index: number) => setCurrent((index + count) % count);

  return (
    <section
      aria-roledescription="carousel"
      aria-label={label}
      className="hero"
      onPointerEnter={(event) => event.pointerType === 'mouse' && setHovered(true)}
      onPointerLeave={(event) => event.pointerType === 'mouse' && setHovered(false)}
      onFocus={(event) => {
        // Keyboard focus arriving from outside stops rotation until the reader restarts it.
        const fromOutside = !event.currentTarget.contains(event.relatedTarget);
        if (fromOutside && event.target.matches(':focus-visible')) setPlaying(false);
      }}
    >
      {/* React moves this into the page's <head> (and writes it once however often it renders). */}
      <style href="glowpop-hero" precedence="default">
        {heroCss}
      </style>
      {/* First in tab order (the carousel pattern), so first on screen too: top corner. */}
      {enhanced && count > 1 ? (
        <ControlButton
          label={playing ? 'Stop automatic slide show' : 'Start automatic slide show'}
          className="hero-button hero-rotation"
          onClick={() => setPlaying(!playing)}
        >
          {playing ? <path d="M7 5h3v14H7zM14 5h3v14h-3z" /> : <path d="M8 5v14l11-7z" />}
        </ControlButton>
      ) : null}

      <div
        id="hero-slides"
        aria-live={rotating ? 'off' : 'polite'}
        className="hero-viewport"
        onTouchStart={(event) => {
          touchStartX.current = event.touches[0]?.clientX ?? null;
        }}
        onTouchEnd={(event) => {
          const endX = event.changedTouches[0]?.clientX;
          if (touchStartX.current === null || endX === undefined) return;
          const travel = endX - touchStartX.current;
          touchStartX.current = null;
          if (Math.abs(travel) >= SWIPE_PX) show(current + (travel < 0 ? 1 : -1));
        }}
      >
        <div className="hero-track" style={{ translate: `-${current * 100}%` }}>
          {slides.map((slide, index) => (
            <div
              key={index}
              role="group"
              aria-roledescription="slide"
              aria-label={`${index + 1} of ${count}`}
              inert={index !== current}
              className="hero-slide"
            >
              {slide}
            </div>
          ))}
        </div>
      </div>

      {/* After the slide in tab order, and below it on screen. */}
      {enhanced && count > 1 ? (
        <div className="hero-nav">
          <div className="hero-controls">
            <ControlButton label="Previous slide" controlsSlides onClick={() => show(current - 1)}>
              <path d="M15.5 5 8.5 12l7 7-1.5 1.5L5.5 12 14 3.5z" />
            </ControlButton>
            <ControlButton label="Next slide" controlsSlides onClick={() => show(current + 1)}>
              <path d="m8.5 5 7 7-7 7 1.5 1.5 8.5-8.5L10 3.5z" />
            </ControlButton>
          </div>
          <div className="hero-picker">
            {slides.map((_, index) => (
              <button
                key={index}
                type="button"
                aria-controls="hero-slides"
                aria-label={`Slide ${index + 1}`}
                aria-current={index === current ? 'true' : undefined}
                onClick={() => show(index)}
              >
                <span />
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
