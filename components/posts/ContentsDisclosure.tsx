'use client';

import { useEffect, useRef } from 'react';

/** The width (in CSS) at which the contents move into the side column: see .article-layout. */
const SIDE_COLUMN = '(min-width: 80rem)';

/**
 * The table of contents as a disclosure: closed on phones, so the article starts within a
 * screen of its title, and without JavaScript still a working <details>. With JavaScript, it
 * opens in the side column of wide screens and marks the section being read.
 */
export function ContentsDisclosure({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const wide = window.matchMedia(SIDE_COLUMN);
    const openWhenWide = () => {
      if (wide.matches) details.open = true;
    };
    openWhenWide();
    wide.addEventListener('change', openWhenWide);

    // The section being read is the last one whose heading has passed the top third of the
    // screen, or the last section once the page is scrolled to its end (short closing sections
    // never reach that line). Measured on scroll and resize, at most once a frame, rather than
    // with an intersection observer, which misses headings a jump carries past in one go.
    let frame = 0;
    const markCurrent = () => {
      frame = 0;
      // The sections are the ones its links name, read from the page each time rather than
      // passed in (which would send every id again in the React payload): the links may arrive
      // after this effect, when a part sent in the HTML only is read back from the server.
      const links = details.querySelectorAll<HTMLAnchorElement>('a[href^="#"]');
      const headings = [...links].flatMap(
        (link) => document.getElementById(decodeURIComponent(link.hash.slice(1))) ?? [],
      );
      const line = window.innerHeight / 3;
      const atEnd =
        window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      const current = atEnd
        ? headings.at(-1)
        : headings.filter((heading) => heading.getBoundingClientRect().top < line).at(-1);
      for (const link of links) {
        if (current && link.getAttribute('href') === `#${current.id}`)
          link.setAttribute('aria-current', 'location');
        else link.removeAttribute('aria-current');
      }
    };
    const remeasure = () => {
      frame ||= requestAnimationFrame(markCurrent);
    };
    markCurrent();
    window.addEventListener('scroll', remeasure, { passive: true });
    window.addEventListener('resize', remeasure);
    return () => {
      wide.removeEventListener('change', openWhenWide);
      window.removeEventListener('scroll', remeasure);
      window.removeEventListener('resize', remeasure);
      cancelAnimationFrame(frame);
    };
  }, []);

  return (
    <details ref={ref} className="toc no-print">
      {children}
    </details>
  );
}
