import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { layoutShift } from './page-metrics';

const banner = (page: Page) => page.getByRole('region', { name: 'GLOWPOP highlights' });
const currentPick = (page: Page) => banner(page).locator('button[aria-current="true"]');
const rotationControl = (page: Page) =>
  banner(page).getByRole('button', { name: /automatic slide show/ });

/** Keeps the mouse off the banner, where hovering would pause it. */
async function loadHome(page: Page) {
  await page.goto('/');
  await page.mouse.move(5, 5);
  await expect(rotationControl(page)).toBeVisible();
}

test('the banner has six labelled #GLOWPOP slides and rotates by itself', async ({ page }) => {
  await loadHome(page);
  const slides = banner(page).locator('[aria-roledescription="slide"]');
  await expect(slides).toHaveCount(6);
  for (let index = 0; index < 6; index++) {
    await expect(slides.nth(index)).toHaveAttribute('aria-label', `${index + 1} of 6`);
    await expect(slides.nth(index)).toContainText('SODA JUST GOT A GLOW UP #GLOWPOP');
  }
  await expect(banner(page)).toHaveAttribute('aria-roledescription', 'carousel');
  await expect(page.locator('#hero-slides')).toHaveAttribute('aria-live', 'off');
  await expect(currentPick(page)).toHaveAccessibleName('Slide 1');
  await expect(currentPick(page)).toHaveAccessibleName('Slide 2', { timeout: 7000 });
  await expect(slides.nth(1)).not.toHaveAttribute('inert');
  await expect(slides.nth(0)).toHaveAttribute('inert');
});

test('after pressing pause it does not change for 12 seconds', async ({ page }) => {
  await loadHome(page);
  await rotationControl(page).click();
  await expect(rotationControl(page)).toHaveAccessibleName('Start automatic slide show');
  await page.mouse.move(5, 5);
  await expect(page.locator('#hero-slides')).toHaveAttribute('aria-live', 'polite');
  const before = await currentPick(page).getAttribute('aria-label');
  await page.waitForTimeout(12_000);
  await expect(currentPick(page)).toHaveAccessibleName(before ?? '');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('it never rotates by itself and does not animate', async ({ page }) => {
    await loadHome(page);
    await expect(rotationControl(page)).toHaveAccessibleName('Start automatic slide show');
    const track = page.locator('#hero-slides > div');
    const duration = await track.evaluate(
      (element) => getComputedStyle(element).transitionDuration,
    );
    expect(parseFloat(duration)).toBeLessThan(0.01);
    await page.waitForTimeout(11_000);
    await expect(currentPick(page)).toHaveAccessibleName('Slide 1');
  });
});

test('keyboard: the rotation control comes first, focus stops rotation, hidden slides are skipped', async ({
  page,
}) => {
  await loadHome(page);
  // The header's last stop (the theme switch) comes just before the banner.
  await page.getByRole('button', { name: 'Dark theme' }).focus();
  await page.keyboard.press('Tab');
  await expect(rotationControl(page)).toBeFocused();
  await expect(rotationControl(page)).toHaveAccessibleName('Start automatic slide show');

  // Then the shown slide's call to action (no hidden slide's link), then previous/next and the
  // picker, which sit below it.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Read the blog');
  await page.keyboard.press('Tab');
  await expect(banner(page).getByRole('button', { name: 'Previous slide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(currentPick(page)).toHaveAccessibleName('Slide 6');

  await page.keyboard.press('Tab');
  await expect(banner(page).getByRole('button', { name: 'Next slide' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(currentPick(page)).toHaveAccessibleName('Slide 1');

  await page.keyboard.press('Tab');
  await expect(banner(page).getByRole('button', { name: 'Slide 1' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(currentPick(page)).toHaveAccessibleName('Slide 2');

  await page.waitForTimeout(6000);
  await expect(currentPick(page)).toHaveAccessibleName('Slide 2');
});

for (const { width, minTarget } of [
  { width: 390, minTarget: 24 },
  { width: 1280, minTarget: 44 },
]) {
  test(`at ${width}px the tab order runs down the banner, with targets of ${minTarget}px or more`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await loadHome(page);
    const stops = [
      rotationControl(page),
      banner(page).getByRole('link', { name: 'Read the blog' }),
      banner(page).getByRole('button', { name: 'Previous slide' }),
      banner(page).getByRole('button', { name: 'Next slide' }),
      banner(page).getByRole('button', { name: 'Slide 1' }),
      banner(page).getByRole('button', { name: 'Slide 6' }),
    ];
    // In tab order, each control starts no higher on screen than the one before it.
    const tops: number[] = [];
    for (const stop of stops) tops.push((await stop.boundingBox())?.y ?? -1);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await rotationControl(page).focus();
    for (const stop of stops.slice(1, -1)) {
      await page.keyboard.press('Tab');
      await expect(stop).toBeFocused();
    }
    for (const pick of await banner(page)
      .getByRole('button', { name: /^Slide \d$/ })
      .all()) {
      const box = await pick.boundingBox();
      expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(minTarget);
    }
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('swiping left and right changes the slide', async ({ page }) => {
    await loadHome(page);
    await rotationControl(page).tap();
    const swipe = (fromX: number, toX: number) =>
      page.locator('#hero-slides').evaluate(
        (element, [start, end]) => {
          const touch = (x: number) =>
            new Touch({ identifier: 1, target: element, clientX: x, clientY: 300 });
          element.dispatchEvent(
            new TouchEvent('touchstart', { bubbles: true, touches: [touch(start ?? 0)] }),
          );
          element.dispatchEvent(
            new TouchEvent('touchend', { bubbles: true, changedTouches: [touch(end ?? 0)] }),
          );
        },
        [fromX, toX],
      );
    await swipe(300, 80);
    await expect(currentPick(page)).toHaveAccessibleName('Slide 2');
    await swipe(80, 300);
    await expect(currentPick(page)).toHaveAccessibleName('Slide 1');
  });
});

test('the first slide image is the largest paint, fetched first; later ones wait', async ({
  page,
}) => {
  await page.goto('/');
  const lcp = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as PerformanceEntry & { element?: Element };
          resolve(last.element?.getAttribute('src') ?? last.element?.tagName ?? 'none');
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  expect(lcp).toBe('/images/hero/peach-glow.svg');
  const images = banner(page).locator('img');
  await expect(images.first()).toHaveAttribute('fetchpriority', 'high');
  await expect(images.first()).not.toHaveAttribute('loading', 'lazy');
  for (let index = 1; index < 6; index++) {
    await expect(images.nth(index)).toHaveAttribute('loading', 'lazy');
  }
});

test('the home page has no layout shift, through loading and a slide change', async ({ page }) => {
  await page.goto('/');
  await page.mouse.move(5, 5);
  await expect(currentPick(page)).toHaveAccessibleName('Slide 2', { timeout: 7000 });
  await page.waitForTimeout(1000);
  const shift = await layoutShift(page);
  expect(shift).toBe(0);
});

for (const width of [390, 1280]) {
  test(`banner screenshot at ${width}px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await loadHome(page);
    await rotationControl(page).click();
    await page.mouse.move(5, 5);
    const screenshot = await banner(page).screenshot({
      path: `test-results/screenshots/hero-banner-${width}.png`,
    });
    await testInfo.attach(`hero-banner-${width}`, { body: screenshot, contentType: 'image/png' });
  });
}
