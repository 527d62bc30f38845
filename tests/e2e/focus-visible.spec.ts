import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pageTypes } from './page-types';

/**
 * WCAG 2.4.7 (focus visible) and 1.4.11 (non-text contrast), which axe does not check: tab
 * through each page type and measure the indicator the browser draws on every stop.
 */

type FocusStop = {
  element: string;
  indicator: 'outline' | 'box-shadow' | 'none';
  width: number;
  /** Contrast of the indicator's colour against what is behind it. */
  contrast: number;
};

/** The focused element's indicator, and its contrast with the background the outline sits on. */
function describeFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const parse = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The outline is drawn outside the element (outline-offset), over its container's background.
    let background = { r: 255, g: 255, b: 255, a: 1 };
    for (let node = element.parentElement; node; node = node.parentElement) {
      const color = parse(getComputedStyle(node).backgroundColor);
      if (color.a > 0.5) {
        background = color;
        break;
      }
    }
    const style = getComputedStyle(element);
    const name = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`;
    const contrastWith = (color: string) => {
      const [light, dark] = [luminance(parse(color)), luminance(background)].sort((a, b) => b - a);
      return Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
    };
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      return {
        element: name,
        indicator: 'outline' as const,
        width: parseFloat(style.outlineWidth),
        contrast: contrastWith(style.outlineColor),
      };
    }
    if (style.boxShadow !== 'none') {
      const shadowColor = style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? 'rgb(0,0,0)';
      return {
        element: name,
        indicator: 'box-shadow' as const,
        width: 2,
        contrast: contrastWith(shadowColor),
      };
    }
    return { element: name, indicator: 'none' as const, width: 0, contrast: 0 };
  });
}

for (const { name, path } of pageTypes) {
  for (const width of [390, 1280]) {
    test(`${name} at ${width}px: every tab stop shows a focus indicator with 3:1 contrast`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const stops: FocusStop[] = [];
      for (let step = 0; step < 80; step += 1) {
        await page.keyboard.press('Tab');
        const stop = await describeFocus(page);
        // Past the last stop, focus leaves the page (to the browser's own controls).
        if (!stop) break;
        stops.push(stop);
      }
      expect(stops.length).toBeGreaterThan(5);
      const failing = stops.filter(
        (stop) => stop.indicator === 'none' || stop.width < 2 || stop.contrast < 3,
      );
      expect(failing, JSON.stringify(stops, null, 1)).toEqual([]);
    });
  }
}
