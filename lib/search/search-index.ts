import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import type { Post } from '@/lib/content';
import { editDistance } from '@/lib/closest-match';
import { excerptAround, highlight, type Highlighted } from './excerpt';
import { RESULTS_PER_PAGE } from './search-query';
import { foldWord, indexTerms, searchTerm, splitWords } from './search-terms';

/** What one post is searched by: its text, without markup. */
type SearchDocument = {
  slug: string;
  title: string;
  headings: string;
  summary: string;
  body: string;
  tags: string;
  category: string;
  author: string;
};

/**
 * Field weights: a match in the title beats one in a heading or tag, which beats the summary,
 * which beats the body. Each is several times the next, so one title word outranks a body that
 * repeats the word throughout.
 */
const BOOST = { title: 12, tags: 5, headings: 4, summary: 2, category: 1.5, author: 1.5, body: 1 };
const FIELDS = Object.keys(BOOST) as (keyof typeof BOOST)[];

/** The body as text: tags become spaces, the few entities remark writes are decoded. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, code: string) => {
      const named: Record<string, string> = {
        amp: '&',
        lt: '<',
        gt: '>',
        quot: '"',
        apos: "'",
        nbsp: ' ',
      };
      if (code.startsWith('#')) {
        const point = Number.parseInt(
          code.slice(code[1] === 'x' ? 2 : 1),
          code[1] === 'x' ? 16 : 10,
        );
        return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : ' ';
      }
      return named[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export type SearchHit = {
  post: Post;
  title: Highlighted;
  /** Words around the best match in the body (or the summary), matched words marked. */
  excerpt: Highlighted;
};

export type TagCount = { slug: string; name: string; count: number };

export type SearchAnswer = {
  query: string;
  /** Every match, before the tag filter. */
  total: number;
  /** Matches with the chosen tag (all of them when no tag is chosen). */
  matching: number;
  tag?: TagCount;
  /** The tags of every match, most matches first: the result filters. */
  tags: TagCount[];
  hits: SearchHit[];
  page: number;
  pageCount: number;
  /**
   * A query worth trying instead: where nothing matched, or only by allowing for typos. Made of
   * words the blog uses in its titles, headings, tags and summaries.
   */
  suggestion?: string;
};

export type SearchIndex = {
  search(query: string, options?: { tag?: string; page?: number }): SearchAnswer;
  /** Number of posts indexed. */
  size: number;
  /** The index as JSON (what a browser would download to search on its own), for the benchmark. */
  serializedBytes(): number;
};

const lastWord = (_term: string, index: number, terms: string[]) => index === terms.length - 1;

/**
 * Stems first, every word required; then, only if that finds nothing, words as written and a
 * typo away (slep → sleep), every word required, then any. Allowing typos in every search would
 * let "sleep" match "steep" and "sheep" too. The last word may be unfinished (prebio →
 * prebiotics): it matches as a prefix.
 */
const STAGES: SearchOptions[] = [
  { combineWith: 'AND', prefix: lastWord, processTerm: searchTerm },
  ...(['AND', 'OR'] as const).map((combineWith) => ({
    combineWith,
    prefix: lastWord,
    processTerm: foldWord,
    // One letter wrong in a word of four to seven letters, two from eight on (hydratoin).
    fuzzy: (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
  })),
];

/** Posts indexed between pauses: a large blog's index is built without stalling the server. */
const POSTS_PER_TURN = 100;

/**
 * The index over `posts`. Built in turns, letting the server answer other requests between
 * them; only the text of the posts shown is kept beside it (excerpts are cut from their HTML).
 */
export async function buildSearchIndex(posts: readonly Post[]): Promise<SearchIndex> {
  const miniSearch = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: FIELDS,
    tokenize: splitWords,
    processTerm: indexTerms,
    searchOptions: { boost: BOOST, weights: { fuzzy: 0.3, prefix: 0.6 } },
  });
  const bySlug = new Map<string, Post>();
  /**
   * The words of the blog's titles, headings, tags and summaries, as readers would write them,
   * with how often each is used: what a "did you mean" may offer.
   */
  const vocabulary = new Map<string, number>();
  for (const [position, post] of posts.entries()) {
    if (position > 0 && position % POSTS_PER_TURN === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    bySlug.set(post.slug, post);
    const document: SearchDocument = {
      slug: post.slug,
      title: post.title,
      headings: post.headings.map((heading) => heading.text).join(' · '),
      summary: post.summary,
      body: textOfHtml(post.html),
      tags: post.tags.map((tag) => tag.name).join(' · '),
      category: post.category,
      author: post.author ?? '',
    };
    miniSearch.add(document);
    for (const field of [document.title, document.headings, document.tags, document.summary]) {
      for (const word of splitWords(field)) {
        const lower = word.toLowerCase();
        if (lower.length > 2) vocabulary.set(lower, (vocabulary.get(lower) ?? 0) + 1);
      }
    }
  }
  const knownStems = new Set([...vocabulary.keys()].map(searchTerm));

  /** The closest word (at most two edits), the blog's more common one where two are as close. */
  function closestWord(word: string): string | undefined {
    let best: { word: string; distance: number; uses: number } | undefined;
    for (const [candidate, uses] of vocabulary) {
      if (Math.abs(candidate.length - word.length) > 2) continue;
      const distance = editDistance(word, candidate);
      if (distance > 2) continue;
      if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) {
        best = { word: candidate, distance, uses };
      }
    }
    return best?.word;
  }

  /** The results of the first stage that finds any, and which stage that was. */
  function find(query: string): { results: SearchResult[]; stage?: number } {
    for (const [stage, options] of STAGES.entries()) {
      const results = miniSearch.search(query, options);
      if (results.length > 0) return { results, stage };
    }
    return { results: [], stage: undefined };
  }

  /** Each word the index does not know, swapped for the closest one it does. */
  function suggest(query: string): string | undefined {
    let changed = false;
    const words = splitWords(query).map((word) => {
      if (knownStems.has(searchTerm(word))) return word.toLowerCase();
      const closest = closestWord(foldWord(word));
      if (closest === undefined) return word.toLowerCase();
      changed = true;
      return closest;
    });
    return changed ? words.join(' ') : undefined;
  }

  return {
    size: posts.length,
    serializedBytes: () => Buffer.byteLength(JSON.stringify(miniSearch)),
    search(query, { tag, page = 1 } = {}) {
      const { results, stage } = find(query);
      const tagCounts = new Map<string, TagCount>();
      const matches: { result: SearchResult; post: Post }[] = [];
      for (const result of results) {
        const post = bySlug.get(String(result.id));
        if (!post) continue;
        matches.push({ result, post });
        for (const postTag of post.tags) {
          const count = tagCounts.get(postTag.slug);
          if (count) count.count += 1;
          else tagCounts.set(postTag.slug, { slug: postTag.slug, name: postTag.name, count: 1 });
        }
      }
      const chosenTag = tag === undefined ? undefined : tagCounts.get(tag);
      const filtered =
        tag === undefined
          ? matches
          : matches.filter(({ post }) => post.tags.some((t) => t.slug === tag));
      const pageCount = Math.max(1, Math.ceil(filtered.length / RESULTS_PER_PAGE));
      const shownPage = Math.min(Math.max(1, page), pageCount);
      const hits = filtered
        .slice((shownPage - 1) * RESULTS_PER_PAGE, shownPage * RESULTS_PER_PAGE)
        .map(({ result, post }) => {
          const matched = new Set(result.terms);
          const body = textOfHtml(post.html);
          return {
            post,
            title: highlight(post.title, matched),
            excerpt: excerptAround(body, matched) ?? highlight(post.summary, matched),
          };
        });
      return {
        query,
        total: matches.length,
        matching: filtered.length,
        tag: chosenTag ?? (tag === undefined ? undefined : { slug: tag, name: tag, count: 0 }),
        tags: [...tagCounts.values()].sort(
          (a, b) => b.count - a.count || a.name.localeCompare(b.name),
        ),
        hits,
        page: shownPage,
        pageCount,
        // Worth offering where nothing matched, or every word did only allowing for a typo; not
        // where some words matched and others not at all.
        suggestion: stage === undefined || stage === 1 ? suggest(query) : undefined,
      };
    },
  };
}
