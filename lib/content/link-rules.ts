import { statSync } from 'node:fs';
import path from 'node:path';
import { site } from '@/lib/site';
import { pageCount, parsePageParam } from '@/lib/pagination';
import { closestMatch } from '@/lib/closest-match';
import type { ContentProblem } from './errors';
import type { PostFacts, RuleFindings } from './cross-file-rules';
import { isFolderPost, safeDecode } from './images';
import {
  BLOG_PATH,
  FEED_PATHS,
  SITE_FILE_PATHS,
  postPath,
  sharePreviewPath,
  tagFeedPath,
  tagPath,
} from './paths';

/** The last part of a share card's and a tag feed's address. */
const SHARE_CARD = sharePreviewPath('x').slice(postPath('x').length);
const TAG_FEED = tagFeedPath('x').slice(tagPath('x').length);

/** Pages every build has, whatever the content: a link to one of them is always good. */
const FIXED_PAGES = new Set([
  '/',
  BLOG_PATH,
  site.privacyPath,
  ...Object.values(FEED_PATHS),
  ...SITE_FILE_PATHS,
]);

/** Which posts will be on the site whenever `source` is: its own status decides. */
function liveAlongside(source: PostFacts): (target: PostFacts) => boolean {
  if (source.status === 'draft' || source.status === undefined) return () => true;
  if (source.status === 'scheduled') return (target) => target.status !== 'draft';
  return (target) => target.status === 'published';
}

/**
 * Every link a post makes to this site (by path, `#heading` or full SITE_URL address),
 * checked against the pages the production build will have when the post itself is live (a scheduled post may link to another scheduled post):
 * another post and a heading in it, a tag page or feed, a page of a list, a fixed page, a share
 * card, or an image (in `public/` or beside a folder post). A link to a page that will not exist
 * is a problem, since readers would land on a 404; a link to a post scheduled for later, or to a
 * renamed post's old address (it redirects), is a warning.
 */
export function linkFindings(facts: readonly PostFacts[], publicDir: string): RuleFindings {
  const findings: RuleFindings = { problems: [], warnings: [] };
  const ownOrigin = new URL(site.url).origin;
  const bySlug = new Map(facts.map((fact) => [fact.slug, fact]));
  const byAlias = new Map(
    facts.flatMap((fact) => (fact.aliases ?? []).map((alias) => [alias, fact])),
  );

  for (const source of facts) {
    const isLive = liveAlongside(source);
    const live = facts.filter(isLive);
    const taggedCount = (tag: string) =>
      live.filter((fact) => fact.tags?.some((each) => each.slug === tag)).length;

    for (const { url, line } of source.internalLinks ?? []) {
      const report = (kind: keyof RuleFindings, expected: string, hint: string): void => {
        findings[kind].push({
          file: source.file,
          field: `body, line ${line}, link`,
          expected,
          found: JSON.stringify(url),
          hint,
        } satisfies ContentProblem);
      };
      const base = new URL(`http://site.invalid${postPath(source.slug)}`);
      const full = /^https?:/i.test(url) ? URL.parse(url) : undefined;
      // A full address is checked when it names this site, and left alone when it names another.
      if (full && full.origin !== ownOrigin) continue;
      const target = full
        ? new URL(`${full.pathname}${full.search}${full.hash}`, base)
        : URL.parse(url, base);
      // `/\\other.site` reads as a path but browsers follow it to another site.
      if (!target || target.host !== base.host) {
        report(
          'problems',
          'a link to a page of this site',
          'write a link to another site in full, with https://',
        );
        continue;
      }
      const pathname = safeDecode(target.pathname).replace(/(.)\/$/, '$1');
      const heading = target.hash ? safeDecode(target.hash.slice(1)) : undefined;
      const [, section, first, second, third, fourth, ...deeper] = pathname.split('/');
      const inBlog = `/${section}` === BLOG_PATH && deeper.length === 0;

      // /blog/<slug>, /blog/<slug>#heading and its share card /blog/<slug>/og.png
      if (inBlog && first && first !== 'tag' && first !== 'page' && fourth === undefined) {
        const other = bySlug.get(first) ?? byAlias.get(first);
        if (!other) {
          const guess = closestMatch(first, [...bySlug.keys()]);
          report(
            'problems',
            'a link to a post that exists',
            `no post has the slug "${first}"${guess ? `; did you mean ${postPath(guess)}?` : ''}`,
          );
        } else if (third !== undefined || (second !== undefined && `/${second}` !== SHARE_CARD)) {
          report(
            'problems',
            'a link to a page of this site',
            `links to posts look like ${postPath(other.slug)}`,
          );
        } else if (!isLive(other)) {
          const draft = other.status === 'draft';
          report(
            draft ? 'problems' : 'warnings',
            'a link to a post that is live when this one is',
            draft
              ? `${other.file} is a draft, so the link would lead to a page that does not exist`
              : `${other.file} is scheduled, so the link leads nowhere until it goes live`,
          );
        } else if (heading !== undefined && !other.headingIds?.includes(heading)) {
          const whose = other === source ? 'this post' : other.file;
          report('problems', `a link to a heading of ${whose}`, headingHint(heading, other));
        } else if (other.slug !== first) {
          report(
            'warnings',
            'a link to the post’s current address',
            `"${first}" is an old address of ${other.file}; it redirects, but link to ${postPath(other.slug)}`,
          );
        }
        continue;
      }

      // /blog/page/<n>, /blog/tag/<tag>, /blog/tag/<tag>/feed.xml, /blog/tag/<tag>/page/<n>
      if (inBlog && (first === 'tag' || first === 'page')) {
        const tag = first === 'tag' ? (second ?? '') : undefined;
        const [kind, page, extra] = tag === undefined ? [first, second, third] : [third, fourth];
        const listPath = tag === undefined ? BLOG_PATH : tagPath(tag);
        const count = tag === undefined ? live.length : taggedCount(tag);
        if (tag !== undefined && count === 0) {
          const tags = new Set(live.flatMap((fact) => (fact.tags ?? []).map((each) => each.slug)));
          const guess = closestMatch(tag, [...tags]);
          report(
            'problems',
            'a link to a tag that posts live alongside this one have',
            `no such post has the tag "${tag}"${guess ? `; did you mean ${tagPath(guess)}?` : ''}`,
          );
          continue;
        }
        const isFeed = tag !== undefined && `/${kind}` === TAG_FEED && page === undefined;
        if (kind === undefined || isFeed) continue;
        const pages = pageCount(count, site.postsPerPage);
        const number =
          kind === 'page' && extra === undefined ? parsePageParam(page ?? '') : undefined;
        if (number === undefined || number > pages)
          report(
            'problems',
            'a link to a page of the list that exists',
            `the list has ${pages} page${pages === 1 ? '' : 's'}, and page 1 is ${listPath} itself`,
          );
        continue;
      }

      if (FIXED_PAGES.has(pathname) || servedImage(pathname, bySlug, publicDir)) continue;
      report(
        'problems',
        'a link to a page of this site',
        'no page or file has that address; links to posts look like /blog/<slug>',
      );
    }
  }
  return findings;
}

/** A file in `public/`, or an image beside a folder post (`/images/posts/<slug>/<name>`). */
function servedImage(
  pathname: string,
  bySlug: ReadonlyMap<string, PostFacts>,
  publicDir: string,
): boolean {
  if (isFile(path.join(/* turbopackIgnore: true */ publicDir, pathname))) return true;
  const [, images, posts, slug, name, ...deeper] = pathname.split('/');
  const owner = slug === undefined ? undefined : bySlug.get(slug);
  if (images !== 'images' || posts !== 'posts' || !owner || !name || deeper.length > 0)
    return false;
  return isFolderPost(owner.file) && isFile(path.join(path.dirname(owner.file), name));
}

function isFile(file: string): boolean {
  try {
    return statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // A path through a file (ENOTDIR) or one too long for the file system is no file either.
    return false;
  }
}

function headingHint(heading: string, target: PostFacts): string {
  const guess = closestMatch(heading, target.headingIds ?? []);
  const suggestion = guess
    ? `did you mean #${guess}?`
    : 'a heading’s id is its text in lowercase, with hyphens for spaces';
  return `no heading has the id "${heading}"; ${suggestion}`;
}
