import { z } from 'zod';
import type { SignupTotal, ViewTotal } from '@/lib/newsletter/store';
import { periodDays, type Period } from './overview';

/** How the articles table can be sorted: `?sort=`. */
export const ARTICLE_SORTS = ['views', 'signups', 'rate'] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** `?sort=`: one of ARTICLE_SORTS; anything else sorts by views (a shared link never breaks). */
export function parseArticleSort(value: unknown): ArticleSort {
  const parsed = z.enum(ARTICLE_SORTS).safeParse(value);
  return parsed.success ? parsed.data : 'views';
}

export type ArticleRow = {
  slug: string;
  title: string;
  path: string;
  views: number;
  /** Signups made on the article's page (its end-of-article or footer form). */
  signups: number;
  /** Signups per 1,000 views; null with no views. */
  perThousandViews: number | null;
};

/** Every article with its views and signups in the period, sorted; ties stay newest first. */
export function articleRows(
  articles: readonly { slug: string; title: string; path: string }[],
  views: readonly ViewTotal[],
  signups: readonly SignupTotal[],
  sort: ArticleSort,
): ArticleRow[] {
  const viewsByPath = new Map(views.map((total) => [total.key.path, total.views]));
  const signupsByPath = new Map(signups.map((total) => [total.key.source_path, total.signups]));
  const rows = articles.map((article) => {
    const articleViews = viewsByPath.get(article.path) ?? 0;
    const articleSignups = signupsByPath.get(article.path) ?? 0;
    return {
      ...article,
      views: articleViews,
      signups: articleSignups,
      perThousandViews: articleViews === 0 ? null : (articleSignups * 1000) / articleViews,
    };
  });
  const measure = (row: ArticleRow) =>
    sort === 'views' ? row.views : sort === 'signups' ? row.signups : (row.perThousandViews ?? -1);
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => measure(b.row) - measure(a.row) || a.index - b.index)
    .map(({ row }) => row);
}

export type CampaignRow = {
  campaign: string;
  source: string;
  medium: string;
  views: number;
  signups: number;
  confirmed: number;
};

/**
 * Views and signups per campaign (utm_campaign, source and medium), most views first. The
 * row with none of the three is everything that came without a campaign.
 */
export function campaignRows(
  views: readonly ViewTotal[],
  signups: readonly SignupTotal[],
): CampaignRow[] {
  const rows = new Map<string, CampaignRow>();
  const rowFor = (key: Partial<Record<string, string>>) => {
    const campaign = key.utm_campaign ?? '';
    const source = key.utm_source ?? '';
    const medium = key.utm_medium ?? '';
    const id = JSON.stringify([campaign, source, medium]);
    const row = rows.get(id) ?? { campaign, source, medium, views: 0, signups: 0, confirmed: 0 };
    rows.set(id, row);
    return row;
  };
  for (const total of views) rowFor(total.key).views += total.views;
  for (const total of signups) {
    const row = rowFor(total.key);
    row.signups += total.signups;
    row.confirmed += total.confirmed;
  }
  return [...rows.values()].sort((a, b) => b.views - a.views || b.signups - a.signups);
}

/** A campaign as marketing wrote it: "launch (ig / bio)"; none at all reads as such. */
export function campaignLabel(key: Partial<Record<string, string>>): string {
  const campaign = key.utm_campaign ?? '';
  const via = [key.utm_source, key.utm_medium].filter(Boolean).join(' / ');
  if (!campaign && !via) return 'No campaign';
  return via ? `${campaign || '(no name)'} (${via})` : campaign;
}

/** Views by day as one row for every day of the period, zeros included, oldest first. */
export function daysOf(
  views: readonly ViewTotal[],
  days: Period,
  today: Date,
): { day: string; views: number }[] {
  const byDay = new Map(views.map((total) => [total.key.day, total.views]));
  return periodDays(days, today).map((day) => ({ day, views: byDay.get(day) ?? 0 }));
}
