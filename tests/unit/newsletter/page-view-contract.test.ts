import { describe, expect, it } from 'vitest';
import { OTHER, PAGE_VIEW_ROWS_PER_DAY } from '@/lib/newsletter/page-view-store';
import type { PageViews, ViewDimension } from '@/lib/newsletter/store';
import { signup } from './signup-fixture';
import { freshStoreForEachTest, storeFactories } from './store-factories';

const views = (overrides: Partial<PageViews> = {}): PageViews => ({
  day: '2026-12-01',
  path: '/blog/the-gut-skin-axis',
  referrerHost: '',
  utmSource: '',
  utmMedium: '',
  utmCampaign: '',
  device: 'phone',
  views: 1,
  ...overrides,
});

describe.each(storeFactories())('page views in the $name store', (factory) => {
  const store = freshStoreForEachTest(factory);

  it('adds views to their row, and sums them by any of their columns', async () => {
    await store().addPageViews([
      views({ views: 2 }),
      views({ utmCampaign: 'launch', utmSource: 'ig', referrerHost: 'l.instagram.com' }),
      views({ device: 'desktop' }),
    ]);
    await store().addPageViews([views({ views: 3 }), views({ day: '2026-12-02', path: '/' })]);

    expect(await store().viewTotals('2026-12-01', [])).toEqual([{ key: {}, views: 8 }]);
    expect(await store().viewTotals('2026-12-02', [])).toEqual([{ key: {}, views: 1 }]);
    expect(await store().viewTotals('2026-12-01', ['day'])).toEqual([
      { key: { day: '2026-12-01' }, views: 7 },
      { key: { day: '2026-12-02' }, views: 1 },
    ]);
    expect(
      await store().viewTotals('2026-12-01', ['utm_campaign', 'utm_source'], {
        path: '/blog/the-gut-skin-axis',
      }),
    ).toEqual([
      { key: { utm_campaign: '', utm_source: '' }, views: 6 },
      { key: { utm_campaign: 'launch', utm_source: 'ig' }, views: 1 },
    ]);
    expect(await store().viewTotals('2026-12-01', ['device'], { utm_campaign: 'launch' })).toEqual([
      { key: { device: 'phone' }, views: 1 },
    ]);
  });

  it('answers from the per-page and per-campaign sums exactly as from every row', async () => {
    await store().addPageViews([
      views({ views: 2 }),
      views({ utmCampaign: 'launch', utmSource: 'ig', referrerHost: 'l.instagram.com' }),
      views({ path: '/', device: 'desktop', utmCampaign: 'launch', utmSource: 'ig' }),
      views({ day: '2026-12-02', path: '/', views: 5 }),
    ]);
    await store().addPageViews([views({ path: '/', device: 'tablet' })]);
    const byJson = (a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b));
    const answered = async (columns: ViewDimension[]) =>
      (await store().viewTotals('2026-12-01', columns))
        .map(({ key, views: count }) => ({ ...key, views: count }))
        .sort(byJson);
    const fromEveryRow = async (columns: ViewDimension[]) =>
      (
        await factory.rows(
          `SELECT ${columns.join(', ')}, SUM(views) AS views FROM page_views GROUP BY ${columns.join(', ')}`,
        )
      )
        .map((row) => ({
          ...Object.fromEntries(columns.map((column) => [column, String(row[column])])),
          views: Number(row.views),
        }))
        .sort(byJson);
    for (const columns of [
      ['day', 'path'],
      ['path'],
      ['utm_campaign', 'utm_source', 'utm_medium'],
      ['day'],
    ] satisfies ViewDimension[][]) {
      expect(await answered(columns), columns.join()).toEqual(await fromEveryRow(columns));
    }
    expect(await store().viewTotals('2026-12-01', [], { path: '/' })).toEqual([
      { key: {}, views: 7 },
    ]);
  });

  it('sums signups by the page their form was on and by campaign, with how many confirmed', async () => {
    const since = new Date('2025-01-01T00:00:00Z');
    for (const [address, path, campaign] of [
      ['a@example.com', '/blog/a', 'launch'],
      ['b@example.com', '/blog/a', ''],
      ['c@example.com', '/blog/b', 'launch'],
    ] as const) {
      const { request, confirm } = signup(address, new Date('2025-03-01T10:00:00Z'));
      await store().subscribe({
        ...request,
        source: { path, utm: campaign ? { utm_campaign: campaign, utm_source: 'ig' } : {} },
      });
      if (address !== 'b@example.com')
        await store().confirm(confirm.hash, new Date('2025-03-01T11:00:00Z'));
    }
    expect(await store().signupTotals(since, ['source_path'])).toEqual([
      { key: { source_path: '/blog/a' }, signups: 2, confirmed: 1 },
      { key: { source_path: '/blog/b' }, signups: 1, confirmed: 1 },
    ]);
    expect(await store().signupTotals(since, ['utm_campaign', 'utm_source'])).toEqual([
      { key: { utm_campaign: 'launch', utm_source: 'ig' }, signups: 2, confirmed: 2 },
      { key: { utm_campaign: '', utm_source: '' }, signups: 1, confirmed: 0 },
    ]);
    expect(await store().signupTotals(new Date('2025-03-02T00:00:00Z'), [])).toEqual([
      { key: {}, signups: 0, confirmed: 0 },
    ]);
  });

  it('keeps nothing but the day, the page, where readers came from, a device class and a count', async () => {
    await store().addPageViews([views()]);
    const [row] = await factory.rows('SELECT * FROM page_views');
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'day',
        'device',
        'path',
        'referrer_host',
        'utm_campaign',
        'utm_medium',
        'utm_source',
        'views',
      ].sort(),
    );
  });

  it('counts new referrers and campaigns as “(other)” once a day has too many rows', async () => {
    const day = '2026-12-03';
    // Filled the way another program would, faster than adding 50,000 views one by one.
    const values = Array.from(
      { length: PAGE_VIEW_ROWS_PER_DAY },
      (_, index) => `('${day}', '/', 'spam${index}.example', '', '', '', 'phone', 1)`,
    );
    for (let start = 0; start < values.length; start += 5_000) {
      await factory.execute(
        `INSERT INTO page_views (day, path, referrer_host, utm_source, utm_medium, utm_campaign, device, views) VALUES ${values.slice(start, start + 5_000).join(',')}`,
      );
    }
    await store().addPageViews([
      views({ day, referrerHost: 'new.example', utmCampaign: 'flood' }),
      views({ day, referrerHost: 'other.example', utmCampaign: 'flood2' }),
    ]);
    expect(
      await store().viewTotals(day, ['referrer_host', 'utm_campaign'], {
        path: '/blog/the-gut-skin-axis',
      }),
    ).toEqual([{ key: { referrer_host: OTHER, utm_campaign: OTHER }, views: 2 }]);
    // Another day is not affected.
    await store().addPageViews([views({ day: '2026-12-04', utmCampaign: 'launch' })]);
    expect(await store().viewTotals('2026-12-04', ['utm_campaign'])).toEqual([
      { key: { utm_campaign: 'launch' }, views: 1 },
    ]);
  });
});
