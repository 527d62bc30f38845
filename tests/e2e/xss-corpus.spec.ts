import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import { xssURL } from '../../playwright.config';
import { TEST_BUILDS } from '../support/test-builds';
import { BUILDABLE_PAYLOADS, XSS_PAYLOADS } from '../fixtures/xss/payloads';
import { XSS_IMAGE_POST, xssPostTag } from '../fixtures/xss/xss-content';
import { BLOG_PATH, listPath, postPath, tagFeedPath, tagSlug } from '@/lib/content';
import { site } from '@/lib/site';
import { SEARCH_PATH, searchPath } from '@/lib/search';
import { findInjections } from '../support/find-injections';
import { HEAD_SCRIPT } from '@/lib/head-script';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The site's own inline scripts, allowed by their exact text. */
const OUR_SCRIPTS = [HEAD_SCRIPT];

/** Every prerendered HTML file of the XSS build. */
function builtPages(): { file: string; html: string }[] {
  const root = path.join(TEST_BUILDS.xss.distDir, 'server', 'app');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(path.join(root, file), 'utf8') }));
}

test.use({ baseURL: xssURL });

test(`the built pages hold ${BUILDABLE_PAYLOADS.length} XSS payloads, none in executable form`, () => {
  const pages = builtPages();
  const articles = pages.filter(({ file }) => /^blog\/xss-\d+\.html$/.test(file));
  expect(articles).toHaveLength(BUILDABLE_PAYLOADS.length);
  // The payloads did reach the pages, as text: each title is shown, escaped.
  const titles = articles.map(
    ({ html }) => new JSDOM(html).window.document.querySelector('h1')?.textContent ?? '',
  );
  expect(titles.sort()).toEqual(
    BUILDABLE_PAYLOADS.map((payload, n) => `Post ${n + 1} ${payload}`).sort(),
  );
  const findings = pages.flatMap(({ file, html }) =>
    findInjections(new JSDOM(html).window.document, OUR_SCRIPTS).map(
      (finding) => `${file}: ${finding}`,
    ),
  );
  expect(findings).toEqual([]);
});

test('feed readers, which read titles and summaries as HTML, get them as text', async ({
  request,
}) => {
  // Each field a reader renders as HTML, parsed as the reader would: as its own document.
  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = async (path: string) => parser.parse(await (await request.get(path)).text());
  type Text = string | { '#text': string };
  const asText = (value: Text | undefined) =>
    typeof value === 'object' ? value['#text'] : (value ?? '');
  const rssFields = (item: Record<string, Text>) =>
    ['title', 'description', 'content:encoded'].map((key) => item[key]);
  // The site's feeds hold the newest posts; each post's own tag feed holds that post alone, so
  // between them every payload goes through a feed.
  const rssItems: Record<string, Text>[] = (await feed('/feed.xml')).rss.channel.item;
  const atomEntries: Record<string, Text>[] = (await feed('/atom.xml')).feed.entry;
  const ownTagItems: Record<string, Text>[] = await Promise.all(
    BUILDABLE_PAYLOADS.map(
      async (_, n) => (await feed(tagFeedPath(tagSlug(xssPostTag(n))))).rss.channel.item,
    ),
  );
  const htmlFields = [
    ...rssItems.flatMap(rssFields),
    ...atomEntries.flatMap((entry) => ['title', 'summary', 'content'].map((key) => entry[key])),
    ...ownTagItems.flatMap(rssFields),
  ].map(asText);
  expect(htmlFields).toHaveLength(6 * site.feedEntryCount + 3 * BUILDABLE_PAYLOADS.length);
  const findings = htmlFields.flatMap((html) =>
    // A feed entry's HTML may hold no script at all, not even the site's own.
    findInjections(new JSDOM(html).window.document, []).map(
      (finding) => `${html.slice(0, 60)}: ${finding}`,
    ),
  );
  expect(findings).toEqual([]);
  expect(htmlFields).toContain(
    `Post 1 ${BUILDABLE_PAYLOADS[0]}`.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
});

/** Opens each page with JavaScript on and collects dialogs and injected elements. */
async function visitAll(page: Page, urls: string[]) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const findings: string[] = [];
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    // Hydration, and anything the browser defers to an idle moment, has run.
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2_000 })),
    );
    findings.push(
      ...(
        await page.evaluate<string[]>(
          `(${findInjections.toString()})(document, ${JSON.stringify(OUR_SCRIPTS)})`,
        )
      ).map((finding) => `${url}: ${finding}`),
    );
  }
  expect(dialogs).toEqual([]);
  expect(findings).toEqual([]);
}

test('in the browser no dialog opens and no injected element exists, on any article', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await visitAll(page, [
    ...BUILDABLE_PAYLOADS.map((_, n) => postPath(`xss-${String(n + 1).padStart(2, '0')}`)),
    postPath(XSS_IMAGE_POST),
  ]);
});

test('nor on the home page (the banner), the lists and every tag page', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/blog');
  const tagPages = await page
    .locator('a[href^="/blog/tag/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const urls = [
    '/',
    BLOG_PATH,
    ...[2, 3, 4, 5].map((n) => listPath(undefined, n)),
    ...new Set(tagPages),
  ];
  expect(urls.length).toBeGreaterThan(BUILDABLE_PAYLOADS.length);
  await visitAll(page, urls);
});

test('search: every payload as a query, answered as text', async ({ request }) => {
  // The server's HTML, parsed as a browser would: each query is reflected in the field, the
  // title and the status line, and must stay text in all three.
  const findings: string[] = [];
  for (const payload of XSS_PAYLOADS) {
    const url = searchPath({ query: payload });
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const document = new JSDOM(await response.text()).window.document;
    findings.push(...findInjections(document, OUR_SCRIPTS).map((finding) => `${url}: ${finding}`));
  }
  expect(findings).toEqual([]);
});

test('search: result pages whose titles and excerpts hold the payloads, in the browser', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // "post" finds every article of the set: its titles and excerpts, marked, are payloads.
  await visitAll(
    page,
    [1, 2, 3, 4, 5].map((n) => searchPath({ query: 'post', page: n })),
  );
});

test('search: live results show payload titles and excerpts as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(SEARCH_PATH);
  await page.waitForLoadState('networkidle');
  const field = page.getByRole('main').getByRole('searchbox');
  for (const query of ['post', 'alert', 'script onerror', ...XSS_PAYLOADS.slice(0, 12)]) {
    await field.fill(query);
    // The status names the query once this query's answer is on screen.
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      `“${query.replace(/\s+/g, ' ').trim()}”`,
    );
    const findings = await page.evaluate<string[]>(
      `(${findInjections.toString()})(document, ${JSON.stringify(OUR_SCRIPTS)})`,
    );
    expect(findings, query).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});
