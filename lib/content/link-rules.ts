import { statSync } from 'node:fs';
import path from 'node:path';
import { site } from '@/lib/site';
import { pageCount } from '@/lib/pagination';
import { closestMatch } from './closest-match';
import type { ContentProblem } from './errors';
import type { PostFacts, RuleFindings } from './cross-file-rules';
import { BLOG_PATH, FEED_PATHS, postPath } from './paths';

/** Pages every build has, whatever the content: a link to one of them is always good. */
const FIXED_PAGES = new Set(['/', BLOG_PATH, '/privacy', ...Object.values(FEED_PATHS)]);

/**
 * Every link a post makes to this site, checked against the pages the production build will
 * have: another post (and a heading in it), a tag, a page of a list, a fixed page, or a file
 * in `public/`. A link to a page that will not exist is a problem, since readers would land
 * on a 404; a link to a post scheduled for later is a warning (it works from that date).
 */
export function linkFindings(facts: readonly PostFacts[], publicDir: string): RuleFindings {
  const findings: RuleFindings = { problems: [], warnings: [] };
  const bySlug = new Map(facts.map((fact) => [fact.slug, fact]));
  const byAlias = new Map(
    facts.flatMap((fact) => (fact.aliases ?? []).map((alias) => [alias, fact])),
  );
  const published = facts.filter((fact) => fact.status === 'published');
  const tagCounts = new Map<string, number>();
  for (const fact of published)
    for (const tag of fact.tags ?? []) tagCounts.set(tag.slug, (tagCounts.get(tag.slug) ?? 0) + 1);

  for (const fact of facts) {
    for (const { url, line } of fact.internalLinks ?? []) {
      const report = (
        kind: keyof RuleFindings,
        expected: string,
        hint: string | undefined,
      ): void => {
        findings[kind].push({
          file: fact.file,
          field: `body, line ${line}, link`,
          expected,
          found: JSON.stringify(url),
          hint,
        } satisfies ContentProblem);
      };
      const target = new URL(url, `http://site.invalid${BLOG_PATH}/${fact.slug}`);
      const pathname = decodeURIComponent(target.pathname).replace(/(.)\/$/, '$1');
      const heading = target.hash ? decodeURIComponent(target.hash.slice(1)) : undefined;

      const postSlug = new RegExp(`^${BLOG_PATH}/([^/]+)$`).exec(pathname)?.[1];
      if (postSlug !== undefined && postSlug !== 'page') {
        const other = bySlug.get(postSlug);
        const renamed = other ? undefined : byAlias.get(postSlug);
        if (renamed) {
          report(
            'warnings',
            'a link to the post’s current address',
            `"${postSlug}" is an old address of ${renamed.file}; it redirects, but link to ${postPath(renamed.slug)}`,
          );
        } else if (!other) {
          const guess = closestMatch(postSlug, [...bySlug.keys()]);
          report(
            'problems',
            'a link to a post that exists',
            `no post has the slug "${postSlug}"${guess ? `; did you mean ${BLOG_PATH}/${guess}?` : ''}`,
          );
        } else if (other.status === 'draft' && fact.status === 'published') {
          report(
            'problems',
            'a link to a published post',
            `${other.file} is a draft, so the link would lead to a page that does not exist`,
          );
        } else if (other.status === 'scheduled' && fact.status === 'published') {
          report(
            'warnings',
            'a link to a published post',
            `${other.file} is scheduled, so the link leads nowhere until it goes live`,
          );
        } else if (heading !== undefined && !other.headingIds?.includes(heading)) {
          const whose = other === fact ? 'this post' : other.file;
          report('problems', `a link to a heading of ${whose}`, headingHint(heading, other));
        }
        continue;
      }

      const list = new RegExp(`^${BLOG_PATH}(?:/tag/([^/]+))?(?:/page/(\\d+))?$`).exec(pathname);
      if (list) {
        const [, tag, page] = list;
        const count = tag === undefined ? published.length : (tagCounts.get(tag) ?? 0);
        if (tag !== undefined && count === 0) {
          const guess = closestMatch(tag, [...tagCounts.keys()]);
          report(
            'problems',
            'a link to a tag a published post has',
            `no published post has the tag "${tag}"${guess ? `; did you mean ${BLOG_PATH}/tag/${guess}?` : ''}`,
          );
        } else if (page !== undefined) {
          const pages = pageCount(count, site.postsPerPage);
          if (Number(page) > pages)
            report(
              'problems',
              'a link to a page of the list that exists',
              `the list has ${pages} page${pages === 1 ? '' : 's'}`,
            );
        }
        continue;
      }

      if (FIXED_PAGES.has(pathname)) continue;
      if (isFile(path.join(publicDir, pathname))) continue;
      report(
        'problems',
        'a link to a page of this site',
        'no page or file has that address; links to posts look like /blog/<slug>',
      );
    }
  }
  return findings;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

function headingHint(heading: string, target: PostFacts): string {
  const guess = closestMatch(heading, target.headingIds ?? []);
  const suggestion = guess
    ? `did you mean #${guess}?`
    : 'a heading’s id is its text in lowercase, with hyphens for spaces';
  return `no heading has the id "${heading}"; ${suggestion}`;
}
