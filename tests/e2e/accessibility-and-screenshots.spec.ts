import { axeViolations } from './axe-violations';
import { expect, test } from './fixtures';
import { pageTypes } from './page-types';

const widths = [390, 1280];

for (const { name, path } of pageTypes) {
  for (const width of widths) {
    test(`${name} at ${width}px: no axe violations, no sideways scroll, screenshot kept`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);

      expect(await axeViolations(page)).toEqual([]);

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);

      const screenshot = await page.screenshot({
        fullPage: true,
        path: `test-results/screenshots/${name}-${width}.png`,
      });
      await testInfo.attach(`${name}-${width}`, { body: screenshot, contentType: 'image/png' });
    });
  }
}

test('every page type fits a 360px screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const { path } of pageTypes) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBe(0);
  }
});
