// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeroCarousel } from '@/components/hero/HeroCarousel';

/** jsdom has no matchMedia; this answers the one query the carousel asks. */
function preferReducedMotion(reduce: boolean) {
  window.matchMedia = (query: string) =>
    ({
      matches: reduce && query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
}

function renderCarousel() {
  render(
    <>
      <button type="button">Outside</button>
      <HeroCarousel label="GLOWPOP highlights">
        {['Peach', 'Berry', 'Citrus'].map((name) => (
          <a key={name} href={`/${name.toLowerCase()}`}>
            {name} slide
          </a>
        ))}
      </HeroCarousel>
    </>,
  );
  return screen.getByRole('region', { name: 'GLOWPOP highlights' });
}

/** The slide that is shown: the only one not inert. */
function currentSlide(): string {
  const slides = screen.getAllByRole('group', { hidden: true });
  const shown = slides.filter((slide) => !slide.hasAttribute('inert'));
  expect(shown).toHaveLength(1);
  return shown[0]?.getAttribute('aria-label') ?? '';
}

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const rotationControl = () => screen.getByRole('button', { name: /automatic slide show/ });
const slidesRegion = () => document.getElementById('hero-slides');

beforeEach(() => {
  vi.useFakeTimers();
  preferReducedMotion(false);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('HeroCarousel', () => {
  it('is labelled as a carousel of labelled slides, with the rotation control first', () => {
    const carousel = renderCarousel();
    expect(carousel).toHaveAttribute('aria-roledescription', 'carousel');
    const slides = within(carousel).getAllByRole('group', { hidden: true });
    expect(slides.map((slide) => slide.getAttribute('aria-label'))).toEqual([
      '1 of 3',
      '2 of 3',
      '3 of 3',
    ]);
    for (const slide of slides) expect(slide).toHaveAttribute('aria-roledescription', 'slide');
    const buttons = within(carousel).getAllByRole('button');
    expect(buttons[0]).toBe(rotationControl());
    expect(rotationControl()).toHaveAccessibleName('Stop automatic slide show');
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual([
      'Stop automatic slide show',
      'Previous slide',
      'Next slide',
      'Slide 1',
      'Slide 2',
      'Slide 3',
    ]);
  });

  it('rotates every 5 seconds, wrapping around, with the live region off', () => {
    renderCarousel();
    expect(currentSlide()).toBe('1 of 3');
    expect(slidesRegion()).toHaveAttribute('aria-live', 'off');
    advance(4999);
    expect(currentSlide()).toBe('1 of 3');
    advance(1);
    expect(currentSlide()).toBe('2 of 3');
    expect(screen.getByRole('button', { name: 'Slide 2' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: 'Slide 1' })).not.toHaveAttribute('aria-current');
    advance(5000);
    expect(currentSlide()).toBe('3 of 3');
    advance(5000);
    expect(currentSlide()).toBe('1 of 3');
  });

  // jsdom does not apply `inert`; the browser test checks that Tab never reaches hidden slides.
  it('makes the slides that are not shown inert', () => {
    renderCarousel();
    expect(screen.getByText('Peach slide').closest('[inert]')).toBeNull();
    expect(screen.getByText('Berry slide').closest('[inert]')).not.toBeNull();
    expect(screen.getByText('Citrus slide').closest('[inert]')).not.toBeNull();
  });

  it('pauses while the mouse is over it and resumes when it leaves', () => {
    const carousel = renderCarousel();
    fireEvent.pointerOver(carousel, { pointerType: 'mouse' });
    advance(12_000);
    expect(currentSlide()).toBe('1 of 3');
    expect(slidesRegion()).toHaveAttribute('aria-live', 'polite');
    fireEvent.pointerOut(carousel, { pointerType: 'mouse', relatedTarget: document.body });
    advance(5000);
    expect(currentSlide()).toBe('2 of 3');
  });

  it('stops when keyboard focus enters, and stays stopped after focus leaves', () => {
    renderCarousel();
    act(() => screen.getByRole('button', { name: 'Next slide' }).focus());
    expect(rotationControl()).toHaveAccessibleName('Start automatic slide show');
    expect(slidesRegion()).toHaveAttribute('aria-live', 'polite');
    act(() => screen.getByRole('button', { name: 'Outside' }).focus());
    advance(15_000);
    expect(currentSlide()).toBe('1 of 3');
  });

  it('the rotation control stops and restarts rotation, saying what it will do', () => {
    renderCarousel();
    fireEvent.click(rotationControl());
    expect(rotationControl()).toHaveAccessibleName('Start automatic slide show');
    advance(12_000);
    expect(currentSlide()).toBe('1 of 3');
    fireEvent.click(rotationControl());
    expect(rotationControl()).toHaveAccessibleName('Stop automatic slide show');
    advance(5000);
    expect(currentSlide()).toBe('2 of 3');
  });

  it('with reduced motion never rotates by itself, but the reader may start it', () => {
    preferReducedMotion(true);
    renderCarousel();
    expect(rotationControl()).toHaveAccessibleName('Start automatic slide show');
    expect(slidesRegion()).toHaveAttribute('aria-live', 'polite');
    advance(30_000);
    expect(currentSlide()).toBe('1 of 3');
    fireEvent.click(rotationControl());
    advance(5000);
    expect(currentSlide()).toBe('2 of 3');
  });

  it('previous, next and the slide picker change the slide, wrapping at the ends', () => {
    renderCarousel();
    fireEvent.click(screen.getByRole('button', { name: 'Previous slide' }));
    expect(currentSlide()).toBe('3 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Next slide' }));
    expect(currentSlide()).toBe('1 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Slide 2' }));
    expect(currentSlide()).toBe('2 of 3');
  });

  it('follows left and right swipes, and ignores taps', () => {
    renderCarousel();
    const track = slidesRegion();
    if (!track) throw new Error('no slides region');
    const swipe = (fromX: number, toX: number) => {
      fireEvent.touchStart(track, { touches: [{ clientX: fromX, clientY: 100 }] });
      fireEvent.touchEnd(track, { changedTouches: [{ clientX: toX, clientY: 100 }] });
    };
    swipe(300, 100);
    expect(currentSlide()).toBe('2 of 3');
    swipe(100, 300);
    expect(currentSlide()).toBe('1 of 3');
    swipe(200, 190);
    expect(currentSlide()).toBe('1 of 3');
  });

  it('renders, without JavaScript, the first slide alone and no dead controls', () => {
    const html = renderToString(
      <HeroCarousel label="GLOWPOP highlights">
        <p>First</p>
        <p>Second</p>
      </HeroCarousel>,
    );
    const container = document.createElement('div');
    container.innerHTML = html;
    expect(container.querySelectorAll('button')).toHaveLength(0);
    const slides = [...container.querySelectorAll('[aria-roledescription="slide"]')];
    expect(slides.map((slide) => slide.hasAttribute('inert'))).toEqual([false, true]);
  });
});
