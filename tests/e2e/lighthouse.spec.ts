import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

/** Lighthouse's own CLI, driving Debian's Chromium, as a reviewer would run it. */
async function seoAudit(url: string) {
  const { stdout } = await run(
    'npx',
    [
      'lighthouse',
      url,
      '--only-categories=seo',
      '--output=json',
      '--quiet',
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const report = JSON.parse(stdout) as {
    categories: { seo: { score: number; auditRefs: { id: string }[] } };
    audits: Record<string, { score: number | null; title: string }>;
  };
  const failing = report.categories.seo.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => audit?.title);
  return { score: report.categories.seo.score, failing };
}

test('Lighthouse scores SEO 100 on home, blog, tag and article pages', async ({ baseURL }) => {
  test.setTimeout(240_000);
  for (const path of ['/', '/blog', '/blog/tag/skin-health', '/blog/the-gut-skin-axis']) {
    const { score, failing } = await seoAudit(`${baseURL}${path}`);
    expect({ path, score, failing }).toEqual({ path, score: 1, failing: [] });
  }
});
