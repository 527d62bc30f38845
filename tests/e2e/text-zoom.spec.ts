import { expect, test } from './fixtures';
import { pageTypes } from './page-types';

/**
 * WCAG 1.4.4 and 1.4.10: with text at 200 % on a 320 px screen, nothing scrolls sideways. The
 * browser's text-size setting changes the root font size, which every size here is relative to.
 */
for (const { name, path } of [
  ...pageTypes,
  { name: 'privacy', path: '/privacy' },
  { name: 'newsletter result', path: '/newsletter/confirmed?result=410' },
]) {
  test(`${name}: text at 200 % on a 320 px screen never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    const wide = await page.evaluate(() => {
      const viewport = document.documentElement.clientWidth;
      // What sticks out, to name in the failure: elements whose right edge passes the screen's.
      const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > viewport + 1)
        .filter((element) => !element.closest('.hero-track, .sr-only, .honeypot, .skip-link'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 8);
      return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
    });
    expect(wide.scrollWidth, wide.culprits.join('\n')).toBeLessThanOrEqual(wide.viewport);
  });
}
