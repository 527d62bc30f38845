import { describe, expect, it } from 'vitest';
import { byNewest } from '@/lib/content/load-content';
import { selectPublished, selectRelated } from '@/lib/content/posts';
import { makePost } from '../make-post';

describe('drafts', () => {
  const posts = [
    makePost('live', '2025-01-01', ['A']),
    makePost('wip', '2025-02-01', ['A'], { draft: true }),
  ];

  it('are left out of production lists', () => {
    expect(selectPublished(posts, false).map((post) => post.slug)).toEqual(['live']);
  });

  it('are shown while editing', () => {
    expect(selectPublished(posts, true).map((post) => post.slug)).toEqual(['live', 'wip']);
  });
});

describe('related posts', () => {
  const current = makePost('current', '2025-01-01', ['Skin Health', 'Gut Health']);
  const posts = [
    current,
    makePost('newest-unrelated', '2025-09-01', ['Café Culture']),
    makePost('one-shared-new', '2025-05-01', ['Gut Health']),
    makePost('two-shared-old', '2024-01-01', ['Gut Health', 'Skin Health']),
    makePost('one-shared-old', '2024-02-01', ['Skin Health']),
  ];

  it('puts posts sharing more tags first, then the newest, never the post itself', () => {
    expect(selectRelated(current, posts, 3).map((post) => post.slug)).toEqual([
      'two-shared-old',
      'one-shared-new',
      'one-shared-old',
    ]);
  });

  it('fills up with the newest posts when too few share a tag', () => {
    expect(selectRelated(current, posts, 5).map((post) => post.slug)).toEqual([
      'two-shared-old',
      'one-shared-new',
      'one-shared-old',
      'newest-unrelated',
    ]);
  });
});

describe('byNewest', () => {
  it('sorts by date descending, then slug', () => {
    const posts = [
      makePost('b', '2025-01-01', ['A']),
      makePost('c', '2024-01-01', ['A']),
      makePost('a', '2025-01-01', ['A']),
    ];
    expect([...posts].sort(byNewest).map((post) => post.slug)).toEqual(['a', 'b', 'c']);
  });
});
