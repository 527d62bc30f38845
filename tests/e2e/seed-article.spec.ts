import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/** The brand's original page text, from the shared seeds beside this repository. */
function seedArticleLines(): string[] {
  const seed = readFileSync(
    path.resolve(__dirname, '../fixtures/seed/gut-skin-axis-page.txt'),
    'utf8',
  );
  const lines = seed.split('\n').map((line) => line.trim());
  const start = lines.indexOf('The Gut-Skin Axis: A Constant Conversation in your body');
  const end = lines.findIndex((line) => line.startsWith('Explore More Blogs'));
  return (
    lines
      .slice(start, end)
      .filter((line) => line !== '' && line !== 'Summary:')
      // The list's numbers are the <ol>'s markers, not text.
      .map((line) => line.replace(/^\d+\. /, ''))
  );
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the seed article is on its page word for word, server-rendered', async ({ request }) => {
  const response = await request.get('/blog/the-gut-skin-axis');
  expect(response.status()).toBe(200);
  const html = await response.text();
  const text = normalize(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  ).replace(/ ([:.,!?])/g, '$1');
  const lines = seedArticleLines();
  // Title, date, summary and every paragraph, heading and list item of the body.
  expect(lines).toHaveLength(39);
  const missing = lines.filter((line) => !text.includes(normalize(line)));
  expect(missing).toEqual([]);
});

test('the seed article keeps its structure: sections, numbered list, sub-sections', async ({
  page,
}) => {
  await page.goto('/blog/the-gut-skin-axis');
  const body = page.locator('article .article-body');
  await expect(body.locator('h2')).toHaveText([
    'The Gut-Skin Axis',
    'How Does Gut-Health Affect Your Skin?',
    'What Your Skin Is Saying About Your Gut-Health',
    'What Is the Gut-Skin Axis?',
    'How the Gut Influences Skin Health',
    'Common Skin Issues Linked to Gut Health',
    'How to Support Your Gut for Healthier Skin',
    'The Bottom Line: A Healthy Gut Equals Healthy Skin',
  ]);
  await expect(body.locator('ol > li')).toHaveCount(4);
  await expect(body.locator('h3')).toHaveCount(15);
  await expect(page.locator('article header')).toContainText('Prebiotic Benefits');
  await expect(page.getByRole('list', { name: 'Tags' }).first()).toHaveText(
    /Skin Health\s*Gut Health/,
  );
  await expect(page.locator('article header time')).toHaveAttribute('datetime', '2025-02-28');
  await expect(page.locator('article header time')).toHaveText('February 28, 2025');
});
