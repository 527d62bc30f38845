import { describe, expect, it } from 'vitest';
import {
  byNewest,
  loadContent,
  selectPublished,
  selectRelated,
  publicationStatus,
  publishInstant,
  publishingToday,
} from '@/lib/content';
import { contentSet, post, validFrontMatter, validHeroSlides } from '../content-set';
import { makePost } from '../make-post';

describe('drafts and scheduled posts', () => {
  const posts = [
    makePost('live', '2025-01-01', ['A']),
    makePost('wip', '2025-02-01', ['A'], { draft: true, status: 'draft' }),
    makePost('soon', '2099-01-01', ['A'], { status: 'scheduled' }),
  ];

  it('are left out of production lists', () => {
    expect(selectPublished(posts, false).map((post) => post.slug)).toEqual(['live']);
  });

  it('are shown while editing', () => {
    expect(selectPublished(posts, true).map((post) => post.slug)).toEqual(['live', 'wip', 'soon']);
  });
});

describe('publication status', () => {
  it('gives a post’s go-live moment with the offset of the publishing time zone', () => {
    expect(publishInstant('2025-02-28')).toBe('2025-02-28T00:00:00+00:00');
    expect(publishInstant('2025-01-15', 'Europe/Paris')).toBe('2025-01-15T00:00:00+01:00');
    expect(publishInstant('2025-07-15', 'Europe/Paris')).toBe('2025-07-15T00:00:00+02:00');
    expect(publishInstant('2025-07-15', 'America/New_York')).toBe('2025-07-15T00:00:00-04:00');
    // Clock-change days: midnight keeps the offset of the night before the change.
    expect(publishInstant('2025-03-30', 'Europe/London')).toBe('2025-03-30T00:00:00+00:00');
    expect(publishInstant('2025-10-26', 'Europe/London')).toBe('2025-10-26T00:00:00+01:00');
    expect(publishInstant('2025-03-09', 'America/New_York')).toBe('2025-03-09T00:00:00-05:00');
  });

  it('schedules a post dated after today and publishes it on its date', () => {
    const post = { draft: false, date: '2026-12-01' };
    expect(publicationStatus(post, '2026-11-30')).toBe('scheduled');
    expect(publicationStatus(post, '2026-12-01')).toBe('published');
    expect(publicationStatus(post, '2027-01-01')).toBe('published');
  });

  it('keeps a draft a draft whatever its date', () => {
    expect(publicationStatus({ draft: true, date: '2020-01-01' }, '2026-11-30')).toBe('draft');
    expect(publicationStatus({ draft: true, date: '2099-01-01' }, '2026-11-30')).toBe('draft');
  });

  it('takes today in the publishing time zone, not the server’s', () => {
    // 23:30 UTC on Nov 30 is already Dec 1 east of UTC, but the site publishes on UTC days.
    expect(publishingToday(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30');
    expect(publishingToday(new Date('2026-12-01T00:00:00Z'))).toBe('2026-12-01');
  });

  it('is set when content is read: a build on or after the date publishes the post', async () => {
    const dir = await contentSet({
      'soon.md': post({ ...validFrontMatter, date: '2026-12-01' }),
      'wip.md': post({ ...validFrontMatter, draft: 'true' }),
    });
    const before = await loadContent(dir, { today: '2026-11-30' });
    expect(before.posts.map(({ slug, status }) => [slug, status])).toEqual([
      ['soon', 'scheduled'],
      ['wip', 'draft'],
    ]);
    const after = await loadContent(dir, { today: '2026-12-01' });
    expect(after.posts.find((p) => p.slug === 'soon')?.status).toBe('published');
  });

  it('keeps banner links to a scheduled post from passing as links to a live page', async () => {
    const dir = await contentSet(
      { 'soon.md': post({ ...validFrontMatter, date: '2026-12-01' }) },
      validHeroSlides.replace('href: /blog', 'href: /blog/soon'),
    );
    const { problems } = await loadContent(dir, { today: '2026-11-30' });
    expect(problems.map((problem) => problem.field)).toEqual(['slide 1, cta, href']);
  });
});

describe('related posts', () => {
  const current = makePost('current', '2025-01-01', ['Skin Health', 'Gut Health']);
  // Newest first, as every query returns posts.
  const posts = [
    current,
    makePost('newest-unrelated', '2025-09-01', ['Café Culture']),
    makePost('one-shared-new', '2025-05-01', ['Gut Health']),
    makePost('two-shared-old', '2024-01-01', ['Gut Health', 'Skin Health']),
    makePost('one-shared-old', '2024-02-01', ['Skin Health']),
  ].sort(byNewest);

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
