import { describe, expect, it } from 'vitest';
import { buildTagIndex, postsWithTag, tagParam } from '@/lib/content';
import { pageCount, pagePath, paginate, parsePageParam } from '@/lib/pagination';
import { makePost } from '../make-post';

const posts = [
  makePost('a', '2025-01-01', ['Skin Health', 'Gut Health']),
  makePost('b', '2025-01-01', ['Gut Health', 'Café Culture']),
  makePost('c', '2025-01-01', ['Gut Health', 'Food & Mood', '日本茶']),
  makePost('d', '2025-01-01', ['Skin Health', 'Café Culture']),
];

describe('the tag index', () => {
  it('counts posts per tag, most used first, then alphabetically', () => {
    expect(buildTagIndex(posts)).toEqual([
      { name: 'Gut Health', slug: 'gut-health', count: 3 },
      { name: 'Café Culture', slug: 'cafe-culture', count: 2 },
      { name: 'Skin Health', slug: 'skin-health', count: 2 },
      { name: 'Food & Mood', slug: 'food-and-mood', count: 1 },
      { name: '日本茶', slug: '日本茶', count: 1 },
    ]);
  });

  it('lists a tag’s posts by slug, keeping their order', () => {
    expect(postsWithTag(posts, 'cafe-culture').map((post) => post.slug)).toEqual(['b', 'd']);
    expect(postsWithTag(posts, '日本茶').map((post) => post.slug)).toEqual(['c']);
    expect(postsWithTag(posts, 'nope')).toEqual([]);
  });

  it('is empty for no posts', () => {
    expect(buildTagIndex([])).toEqual([]);
  });

  it('reads percent-encoded non-ASCII slugs from route params', () => {
    expect(tagParam('%E6%97%A5%E6%9C%AC%E8%8C%B6')).toBe('日本茶');
    expect(tagParam('日本茶')).toBe('日本茶');
    expect(tagParam('skin-health')).toBe('skin-health');
    expect(tagParam('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('pagination', () => {
  const items = Array.from({ length: 25 }, (_, index) => index + 1);

  it('splits into pages of the given size, the last one partial', () => {
    expect(pageCount(25, 12)).toBe(3);
    expect(paginate(items, 1, 12)).toEqual({ items: items.slice(0, 12), page: 1, pageCount: 3 });
    expect(paginate(items, 3, 12)).toEqual({ items: [25], page: 3, pageCount: 3 });
  });

  it('has exactly one page for an empty or short list', () => {
    expect(pageCount(0, 12)).toBe(1);
    expect(pageCount(12, 12)).toBe(1);
    expect(paginate([], 1, 12)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it('has no page before the first, after the last, or between', () => {
    expect(paginate(items, 0, 12)).toBeUndefined();
    expect(paginate(items, 4, 12)).toBeUndefined();
    expect(paginate(items, 1.5, 12)).toBeUndefined();
  });

  it('holds for thousands of posts', () => {
    const many = Array.from({ length: 5000 }, (_, index) => index);
    expect(pageCount(many.length, 12)).toBe(417);
    expect(paginate(many, 417, 12)?.items).toEqual([
      4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999,
    ]);
  });

  it('gives page 1 the list’s own URL only', () => {
    expect(pagePath('/blog', 1)).toBe('/blog');
    expect(pagePath('/blog', 2)).toBe('/blog/page/2');
    expect(pagePath('/blog/tag/skin-health', 3)).toBe('/blog/tag/skin-health/page/3');
  });

  it('accepts only canonical page numbers from 2 in the URL', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('417')).toBe(417);
    for (const segment of ['1', '0', '02', '2.0', '-2', 'two', '', '1e3']) {
      expect(parsePageParam(segment)).toBeUndefined();
    }
  });
});
