import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, selectPublished } from '@/lib/content';
import {
  buildSearchIndex,
  cleanQuery,
  highlight,
  missKey,
  parseSearchRequest,
  textOfHtml,
  type Highlighted,
} from '@/lib/search';
import { makePost } from '../make-post';

const marked = (runs: Highlighted) => runs.filter((run) => run.mark).map((run) => run.text);
const slugsOf = (index: Awaited<ReturnType<typeof buildSearchIndex>>, query: string) =>
  index.search(query).hits.map((hit) => hit.post.slug);

describe('the search index', () => {
  const posts = [
    makePost('in-the-body', '2026-01-01', ['Skin Health'], {
      title: 'A quiet evening routine',
      html: '<p>Hydration matters, and so does hydration at night. Hydration, again.</p>',
    }),
    makePost('in-a-heading', '2026-01-02', ['Skin Health'], {
      title: 'Notes on the week',
      headings: [{ depth: 2, text: 'Hydration and you', id: 'hydration-and-you' }],
      html: '<h2>Hydration and you</h2><p>Water.</p>',
    }),
    makePost('in-the-title', '2026-01-03', ['Gut Health'], {
      title: 'Hydration, simply',
      html: '<p>Drink water.</p>',
    }),
    makePost('cafe', '2026-01-04', ['Recipes'], {
      title: 'The Café edit',
      html: '<p>Sleeping well and probiotics &amp; <b>prebiotics</b> &lt;3</p>',
    }),
  ];
  let index: Awaited<ReturnType<typeof buildSearchIndex>>;
  beforeAll(async () => {
    index = await buildSearchIndex(posts);
  });

  it('ranks a title match over a heading match over a body match', () => {
    expect(slugsOf(index, 'hydration')).toEqual(['in-the-title', 'in-a-heading', 'in-the-body']);
  });

  it('matches prefixes, typos, stems and letters without their accents', () => {
    // Every post's category is Prebiotic Benefits; the one that also says it comes first.
    expect(slugsOf(index, 'prebio')[0]).toBe('cafe');
    expect(slugsOf(index, 'probiotcs')[0]).toBe('cafe');
    expect(slugsOf(index, 'hydratoin')).toContain('in-the-title');
    expect(slugsOf(index, 'sleep')[0]).toBe('cafe');
    expect(slugsOf(index, 'cafe')[0]).toBe('cafe');
    expect(slugsOf(index, 'CAFÉ')[0]).toBe('cafe');
  });

  it('suggests a known word when a typo found something or nothing', () => {
    expect(index.search('hydratoin').suggestion).toBe('hydration');
    expect(index.search('hydration').suggestion).toBeUndefined();
    const nothing = index.search('zzzzqqq');
    expect(nothing.total).toBe(0);
    expect(nothing.hits).toEqual([]);
  });

  it('counts the tags of every match and filters by one', () => {
    const all = index.search('hydration');
    expect(all.tags).toEqual([
      { slug: 'skin-health', name: 'Skin Health', count: 2 },
      { slug: 'gut-health', name: 'Gut Health', count: 1 },
    ]);
    const gut = index.search('hydration', { tag: 'gut-health' });
    expect(gut.hits.map((hit) => hit.post.slug)).toEqual(['in-the-title']);
    expect(gut.total).toBe(3);
    expect(gut.matching).toBe(1);
  });

  it('marks matched words in the title and an excerpt of the body, as text', () => {
    const [hit] = index.search('sleeping prebiotics').hits;
    expect(hit && marked(hit.excerpt)).toEqual(['Sleeping', 'prebiotics']);
    expect(hit?.excerpt.map((run) => run.text).join('')).toBe(
      'Sleeping well and probiotics & prebiotics <3',
    );
    const [titled] = index.search('hydration').hits;
    expect(titled && marked(titled.title)).toEqual(['Hydration']);
  });

  it('answers hostile and odd queries without throwing', () => {
    for (const query of [
      '<script>alert(1)</script>',
      '.*(',
      '\\',
      "' OR 1=1 --",
      '🥤🥤',
      'שלום',
      '%00',
    ]) {
      expect(() => index.search(query)).not.toThrow();
    }
    const [hit] = index.search('<script>alert(1)</script>').hits;
    expect(hit).toBeUndefined();
  });

  it('cuts a long body to a window around its matches', async () => {
    const long = makePost('long', '2026-02-01', ['Skin Health'], {
      html: `<p>${'filler '.repeat(200)}the word sleep is here ${'filler '.repeat(200)}</p>`,
    });
    const [hit] = (await buildSearchIndex([long])).search('sleep').hits;
    const text = hit?.excerpt.map((run) => run.text).join('') ?? '';
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(' ').length).toBeLessThan(40);
    expect(hit && marked(hit.excerpt)).toEqual(['sleep']);
  });
});

describe('the site content', () => {
  it('finds the beauty sleep article first, by its words, typos and prefixes', async () => {
    const content = await loadContent();
    const index = await buildSearchIndex(selectPublished(content.posts, false));
    for (const query of ['sleep', 'slep', 'sleeping', 'beauty sle']) {
      expect(slugsOf(index, query)[0], query).toBe('beauty-sleep-is-real');
    }
  });

  it('never holds drafts or scheduled posts in production', async () => {
    const published = makePost('live', '2026-01-01', ['Skin Health'], { title: 'Sleep live' });
    const draft = makePost('draft', '2026-01-01', ['Skin Health'], {
      title: 'Sleep draft',
      draft: true,
      status: 'draft',
    });
    const scheduled = makePost('later', '2099-01-01', ['Skin Health'], {
      title: 'Sleep later',
      status: 'scheduled',
    });
    const index = await buildSearchIndex(selectPublished([published, draft, scheduled], false));
    expect(slugsOf(index, 'sleep')).toEqual(['live']);
  });
});

describe('search requests', () => {
  it('reads a query, a tag and a page, with defaults for anything malformed', () => {
    expect(
      parseSearchRequest(new URLSearchParams('q=+sleep++well+&tag=skin-health&page=2')),
    ).toEqual({
      kind: 'search',
      query: 'sleep well',
      tag: 'skin-health',
      page: 2,
    });
    expect(parseSearchRequest({ q: ['a', 'b'], page: 'x' })).toEqual({
      kind: 'search',
      query: 'a',
      tag: undefined,
      page: 1,
    });
    expect(parseSearchRequest({ page: '-3' })).toEqual({ kind: 'empty', tag: undefined });
    expect(parseSearchRequest({ q: '   ' })).toEqual({ kind: 'empty', tag: undefined });
  });

  it('answers a query over 200 characters with its length, not a search', () => {
    expect(parseSearchRequest({ q: 'a'.repeat(2000) })).toMatchObject({
      kind: 'too-long',
      length: 2000,
    });
  });

  it('drops NUL and control characters and replaces lone surrogates', () => {
    expect(cleanQuery('sle\u0000ep\u200b')).toBe('sle ep');
    expect(cleanQuery('a\uD800b')).toBe('a\uFFFDb');
  });

  it('counts misses under one key whatever the case, accents or spacing', () => {
    expect(missKey('  Matcha   LATTE ')).toBe('matcha latte');
  });
});

describe('body text', () => {
  it('drops markup and decodes entities', () => {
    expect(textOfHtml('<h2 id="a">Fish &amp; chips</h2><p>x&lt;y &#x27;z&#39;</p>')).toBe(
      "Fish & chips x<y 'z'",
    );
  });
  it('highlights whole words only', () => {
    expect(marked(highlight('sleepy sleep sleeper', new Set(['sleep'])))).toEqual(['sleep']);
  });
});
