import { describe, expect, it } from 'vitest';
import {
  articleRows,
  campaignLabel,
  campaignRows,
  parseArticleSort,
} from '@/lib/admin/article-figures';

const articles = [
  { slug: 'new', title: 'Newest', path: '/blog/new' },
  { slug: 'old', title: 'Older', path: '/blog/old' },
  { slug: 'quiet', title: 'Unread', path: '/blog/quiet' },
];
const views = [
  { key: { path: '/blog/old' }, views: 2000 },
  { key: { path: '/blog/new' }, views: 400 },
  { key: { path: '/' }, views: 9000 },
];
const signups = [
  { key: { source_path: '/blog/new' }, signups: 8, confirmed: 5 },
  { key: { source_path: '/blog/old' }, signups: 10, confirmed: 9 },
];

describe('the articles table', () => {
  it('lists every article with its views, signups and signups per 1,000 views', () => {
    expect(articleRows(articles, views, signups, 'views')).toEqual([
      { ...articles[1], views: 2000, signups: 10, perThousandViews: 5 },
      { ...articles[0], views: 400, signups: 8, perThousandViews: 20 },
      { ...articles[2], views: 0, signups: 0, perThousandViews: null },
    ]);
  });

  it('sorts by any column, most first, ties newest first', () => {
    const order = (sort: Parameters<typeof articleRows>[3]) =>
      articleRows(articles, views, signups, sort).map((row) => row.slug);
    expect(order('signups')).toEqual(['old', 'new', 'quiet']);
    expect(order('rate')).toEqual(['new', 'old', 'quiet']);
    expect(parseArticleSort('rate')).toBe('rate');
    expect(parseArticleSort(['rate'])).toBe('views');
    expect(parseArticleSort('DROP TABLE')).toBe('views');
  });
});

describe('the campaigns table', () => {
  it('puts views and signups of the same campaign, source and medium on one row', () => {
    expect(
      campaignRows(
        [
          { key: { utm_campaign: 'launch', utm_source: 'ig', utm_medium: 'bio' }, views: 30 },
          { key: { utm_campaign: '', utm_source: '', utm_medium: '' }, views: 900 },
        ],
        [
          {
            key: { utm_campaign: 'launch', utm_source: 'ig', utm_medium: 'bio' },
            signups: 3,
            confirmed: 2,
          },
          {
            key: { utm_campaign: 'spring', utm_source: 'pinterest', utm_medium: 'social' },
            signups: 1,
            confirmed: 0,
          },
        ],
      ),
    ).toEqual([
      { campaign: '', source: '', medium: '', views: 900, signups: 0, confirmed: 0 },
      { campaign: 'launch', source: 'ig', medium: 'bio', views: 30, signups: 3, confirmed: 2 },
      {
        campaign: 'spring',
        source: 'pinterest',
        medium: 'social',
        views: 0,
        signups: 1,
        confirmed: 0,
      },
    ]);
  });

  it('names a campaign the way its link did', () => {
    expect(campaignLabel({ utm_campaign: 'launch', utm_source: 'ig', utm_medium: 'bio' })).toBe(
      'launch (ig / bio)',
    );
    expect(campaignLabel({ utm_campaign: 'launch' })).toBe('launch');
    expect(campaignLabel({ utm_source: 'ig' })).toBe('(no name) (ig)');
    expect(campaignLabel({})).toBe('No campaign');
  });
});
