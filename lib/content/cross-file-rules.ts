import { closestMatch } from '@/lib/closest-match';
import { fieldAtLine, type ContentProblem, type FieldLines } from './errors';
import type { PublicationStatus } from './publication';
import type { InternalLink, Post } from './schema';
import type { Tag } from './tags';

/**
 * What the rules across files need from one file. A valid post gives all of it; a file with
 * problems gives what could be read, so its other problems are not hidden behind them.
 */
export type PostFacts = {
  file: string;
  slug: string;
  title?: string;
  tags?: Tag[];
  aliases?: string[];
  status?: PublicationStatus;
  headingIds?: string[];
  internalLinks?: InternalLink[];
  /** When the file was first written (ms), to tell which of two files claiming a slug is new. */
  addedAt?: number;
  fieldLines?: FieldLines;
};

export function factsOf(post: Post): PostFacts {
  return {
    file: post.file,
    slug: post.slug,
    title: post.title,
    tags: post.tags,
    aliases: post.aliases,
    status: post.status,
    headingIds: post.headings.map((heading) => heading.id),
    internalLinks: post.internalLinks,
    fieldLines: post.fieldLines,
  };
}

export type RuleFindings = { problems: ContentProblem[]; warnings: ContentProblem[] };

/**
 * Rules across files: one post per slug or alias, one published post per title, one spelling
 * per tag; and, as warnings, a new tag that looks like a misspelt existing one.
 */
export function crossFileFindings(facts: readonly PostFacts[]): RuleFindings {
  return {
    problems: [
      ...sharedSlugProblems(facts),
      ...aliasProblems(facts),
      ...sharedTitleProblems(facts),
      ...tagSpellingProblems(facts),
    ],
    warnings: lookalikeTagWarnings(facts),
  };
}

/**
 * Two files, one slug (`posts/x.md` and `posts/2024/x.md`): both are named, and the newer file
 * is the one to rename, so the live post's address is never the one that changes.
 */
function sharedSlugProblems(facts: readonly PostFacts[]): ContentProblem[] {
  const bySlug = groupBy(facts, (fact) => fact.slug);
  return [...bySlug.values()].flatMap((group) => {
    if (group.length < 2) return [];
    const [oldest, ...newer] = [...group].sort(
      (a, b) => (a.addedAt ?? Infinity) - (b.addedAt ?? Infinity) || a.file.localeCompare(b.file),
    );
    if (!oldest) return [];
    const newerFiles = newer.map((fact) => fact.file).join(', ');
    return [
      {
        file: oldest.file,
        field: 'file name',
        expected: 'a slug no other post uses',
        found: `"${oldest.slug}", also claimed by the newer ${newerFiles}`,
        hint: `this file is the older one: rename ${newerFiles}, not this file`,
      },
      ...newer.map((fact) => ({
        file: fact.file,
        field: 'file name',
        expected: 'a slug no other post uses',
        found: `"${fact.slug}", already the slug of ${oldest.file}, the older file`,
        hint: `rename this file, the newer one, so ${oldest.file} keeps its address`,
      })),
    ];
  });
}

function aliasProblems(facts: readonly PostFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const slugs = new Map(facts.map((fact) => [fact.slug, fact]));
  const byAlias = new Map<string, PostFacts>();
  for (const fact of facts) {
    for (const alias of fact.aliases ?? []) {
      const owner = byAlias.get(alias);
      const current = slugs.get(alias);
      if (alias === fact.slug || owner) {
        problems.push({
          file: fact.file,
          field: fieldAtLine('aliases', fact.fieldLines),
          expected: 'old slugs that no other post or alias uses',
          found: `"${alias}", ${owner ? `already an alias of ${owner.file}` : 'this post’s own slug'}`,
        });
      } else if (current) {
        problems.push({
          file: fact.file,
          field: fieldAtLine('aliases', fact.fieldLines),
          expected: 'old slugs that no current post uses',
          found: `"${alias}", the slug of ${current.file}`,
        });
      } else byAlias.set(alias, fact);
    }
  }
  return problems;
}

/**
 * Readers, lists and search results could not tell two published posts of one title apart.
 * Scheduled posts count as published: the clash would otherwise first show on the day one goes
 * live, in a build nobody is watching.
 */
function sharedTitleProblems(facts: readonly PostFacts[]): ContentProblem[] {
  const published = facts.filter((fact) => fact.status !== 'draft' && fact.status && fact.title);
  const byTitle = groupBy(published, (fact) => fact.title?.trim().toLowerCase() ?? '');
  return [...byTitle.values()].flatMap(([first, ...others]) =>
    first
      ? others.map((fact) => ({
          file: fact.file,
          field: fieldAtLine('title', fact.fieldLines),
          expected: 'a title no other published or scheduled post has',
          found: `${JSON.stringify(fact.title)}, the title of ${first.file}`,
          hint: 'readers and search results could not tell the two apart',
        }))
      : [],
  );
}

function tagSpellingProblems(facts: readonly PostFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstSpelling = new Map<string, { name: string; file: string }>();
  for (const fact of facts) {
    for (const tag of fact.tags ?? []) {
      const first = firstSpelling.get(tag.slug);
      if (!first) firstSpelling.set(tag.slug, { name: tag.name, file: fact.file });
      else if (first.name !== tag.name)
        problems.push({
          file: fact.file,
          field: fieldAtLine('tags', fact.fieldLines),
          expected: `one spelling per tag, "${first.name}" as in ${first.file}`,
          found: JSON.stringify(tag.name),
        });
    }
  }
  return problems;
}

/**
 * New tags are allowed, so this is a warning: a tag on one post only, a letter or two away
 * from a tag other posts share ("Skin Heath" beside "Skin Health"), is most likely a typo that
 * would give the post its own one-post tag page.
 */
function lookalikeTagWarnings(facts: readonly PostFacts[]): ContentProblem[] {
  const users = new Map<string, { name: string; files: Set<PostFacts> }>();
  for (const fact of facts) {
    for (const tag of fact.tags ?? []) {
      const entry = users.get(tag.slug) ?? { name: tag.name, files: new Set<PostFacts>() };
      entry.files.add(fact);
      users.set(tag.slug, entry);
    }
  }
  const shared = [...users.values()].filter((entry) => entry.files.size > 1);
  return [...users.values()].flatMap((entry) => {
    if (entry.files.size !== 1) return [];
    const guess = closestMatch(
      entry.name,
      shared.map((other) => other.name),
    );
    const other = shared.find((candidate) => candidate.name === guess);
    if (!guess || !other) return [];
    return [...entry.files].map((fact) => ({
      file: fact.file,
      field: fieldAtLine('tags', fact.fieldLines),
      expected: 'a tag other posts use, or a new one on purpose',
      found: `${JSON.stringify(entry.name)}, a new tag on this post only`,
      hint: `did you mean "${guess}", used by ${other.files.size} posts? A new tag is fine if you meant it`,
    }));
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
