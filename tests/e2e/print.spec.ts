import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The text of each page of Chromium's PDF of the current page, as a printer would get it. */
async function printedPages(page: Page): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format: 'A4' })) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return pages;
}

test('an article prints as an article: its text and address, not the site around it', async ({
  page,
}) => {
  await page.goto('/blog/the-gut-skin-axis');
  const pages = await printedPages(page);
  const text = pages.join(' ');
  // The whole article, and nothing else, fits on a handful of pages.
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(5);
  for (const present of [
    'The Gut-Skin Axis: A Constant Conversation in your body',
    'February 28, 2025',
    'The gut-skin axis refers to the connection',
    'The Bottom Line: A Healthy Gut Equals Healthy Skin',
    '/blog/the-gut-skin-axis',
  ]) {
    expect(text, present).toContain(present);
  }
  for (const absent of [
    'Home Blog',
    'Share this article',
    'Copy link',
    'Enjoyed this?',
    'Explore more',
    'Stay in touch',
    'Subscribe',
    'On this page',
    'Skip to content',
  ]) {
    expect(text, absent).not.toContain(absent);
  }
  // Nothing printed is an empty box: every page carries text.
  for (const [index, pageText] of pages.entries())
    expect(pageText.trim().length, `page ${index + 1}`).toBeGreaterThan(100);
});

test('on paper an external link shows where it goes; links within the site do not', async ({
  page,
}) => {
  await page.goto('/blog/swapping-your-afternoon-soda');
  const text = (await printedPages(page)).join(' ');
  expect(text).toMatch(/GLOWPOP shop \(https:\/\/www\.drinkglowpop\.com\/shop\)/);
  // Section headings link to themselves, and the tags to their pages: no addresses for those.
  expect(text).not.toMatch(/\(#|\(\/blog/);
});
