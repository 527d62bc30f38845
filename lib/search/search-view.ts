import { BLOG_PATH, getTagIndex, postPath, statusLabel, tagPath, type Post } from '@/lib/content';
import { formatDate } from '@/lib/format-date';
import type { Highlighted } from './excerpt';
import type { TagCount } from './search-index';
import { MAX_QUERY_LENGTH } from './search-query';
import { answerSearch } from './site-search';
import type { SearchRequest } from './search-query';

/** One result as the search page shows it: plain data, so it travels as JSON too. */
export type SearchResultView = {
  href: string;
  title: Highlighted;
  excerpt: Highlighted;
  date: string;
  dateText: string;
  tags: { slug: string; name: string; href: string }[];
  /** `next dev` only shows drafts and scheduled posts, marked with this. */
  status: Post['status'];
  statusLabel?: string;
};

/** Where nothing was asked or found: the blog's tags, each with its page, and the whole list. */
export type BrowseTopics = { tags: (TagCount & { href: string })[]; blogHref: string };

/**
 * A search's answer for readers: results with their tag filters, or, where nothing was asked
 * or found, the topics to browse instead. Every address in it is made here, on the server, so
 * the page's script needs no path builders of the content's.
 */
export type SearchView =
  | { kind: 'empty'; browse: BrowseTopics }
  | { kind: 'too-long'; length: number; max: number }
  | {
      kind: 'results';
      query: string;
      total: number;
      matching: number;
      tag?: TagCount;
      tags: TagCount[];
      /** When nothing matched. */
      browse?: BrowseTopics;
      results: SearchResultView[];
      page: number;
      pageCount: number;
      suggestion?: string;
    };

const browseTopics = async (): Promise<BrowseTopics> => ({
  tags: (await getTagIndex()).map(({ slug, name, count }) => ({
    slug,
    name,
    count,
    href: tagPath(slug),
  })),
  blogHref: BLOG_PATH,
});

export async function searchView(request: SearchRequest): Promise<SearchView> {
  const outcome = await answerSearch(request);
  if (outcome.kind === 'empty') return { kind: 'empty', browse: await browseTopics() };
  if (outcome.kind === 'too-long') {
    return { kind: 'too-long', length: outcome.length, max: MAX_QUERY_LENGTH };
  }
  const { answer } = outcome;
  return {
    kind: 'results',
    query: answer.query,
    total: answer.total,
    matching: answer.matching,
    tag: answer.tag,
    tags: answer.tags,
    browse: answer.total === 0 ? await browseTopics() : undefined,
    results: answer.hits.map(({ post, title, excerpt }) => ({
      href: postPath(post.slug),
      title,
      excerpt,
      date: post.date,
      dateText: formatDate(post.date),
      tags: post.tags.map(({ slug, name }) => ({ slug, name, href: tagPath(slug) })),
      status: post.status,
      statusLabel: statusLabel(post),
    })),
    page: answer.page,
    pageCount: answer.pageCount,
    suggestion: answer.suggestion,
  };
}
