import type { Page } from '@playwright/test';
import { axeViolations } from './axe-violations';
import { expect, test } from './fixtures';
import { pageTypes } from './page-types';

const LIGHT_PAGE = 'rgb(255, 248, 241)';
const DARK_PAGE = 'rgb(26, 15, 34)';

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeSwitch = (page: Page) => page.getByRole('group', { name: 'Colour theme' });

for (const { name, path } of pageTypes) {
  for (const width of [390, 1280]) {
    test(`${name} at ${width}px in the dark theme: no axe violations, screenshot kept`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await pageBackground(page)).toBe(DARK_PAGE);
      expect(await axeViolations(page)).toEqual([]);
      await testInfo.attach(`dark-${name}-${width}`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: 'image/png',
      });
    });
  }
}

test('the theme follows the system until the reader chooses, and the choice is remembered', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/blog');
  await expect(
    themeSwitch(page).getByRole('button', { name: 'Theme of your device' }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(await pageBackground(page)).toBe(DARK_PAGE);

  await themeSwitch(page).getByRole('button', { name: 'Light theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await pageBackground(page)).toBe(LIGHT_PAGE);

  // On the next page, and after a reload, the choice holds over the system's dark.
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect(themeSwitch(page).getByRole('button', { name: 'Light theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.reload();
  expect(await pageBackground(page)).toBe(LIGHT_PAGE);

  await themeSwitch(page).getByRole('button', { name: 'Theme of your device' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => localStorage.getItem('glowpop-theme'))).toBeNull();
  expect(await pageBackground(page)).toBe(DARK_PAGE);
});

test('a remembered dark theme is there at the first paint, with no console error', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    localStorage.setItem('glowpop-theme', 'dark');
    // Before any script of the page's own has run: what the first paint shows.
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(
        document.body,
      ).backgroundColor;
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/blog/the-gut-skin-axis');
  expect(
    await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground),
  ).toBe(DARK_PAGE);
  await expect(themeSwitch(page).getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(errors).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('the system theme applies, and the switch that could not work is not shown', async ({
    page,
  }) => {
    await page.goto('/');
    expect(await pageBackground(page)).toBe(DARK_PAGE);
    await expect(themeSwitch(page)).toBeHidden();
  });
});
