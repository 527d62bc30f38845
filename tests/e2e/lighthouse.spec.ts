import { expect, test } from './fixtures';
import { lighthouseReport } from '../../bench/lighthouse';

/** Lighthouse's SEO category for one page, with the titles of any audit that fails. */
async function seoAudit(url: string) {
  const report = await lighthouseReport(url, { only: 'seo' });
  const seo = report.categories.seo;
  if (!seo) throw new Error(`Lighthouse returned no SEO category for ${url}`);
  const failing = seo.auditRefs
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => audit?.title);
  return { score: seo.score, failing };
}

test('Lighthouse scores SEO 100 on home, blog, tag and article pages', async ({ baseURL }) => {
  test.setTimeout(240_000);
  for (const path of ['/', '/blog', '/blog/tag/skin-health', '/blog/the-gut-skin-axis']) {
    const { score, failing } = await seoAudit(`${baseURL}${path}`);
    expect({ path, score, failing }).toEqual({ path, score: 1, failing: [] });
  }
});
