import { describe, expect, it } from 'vitest';
import { buildOverview, parsePeriod, periodStart } from '@/lib/admin/overview';

describe('the dashboard overview', () => {
  it('takes 7, 30 or 90 days from the address, and 30 for anything else', () => {
    expect(parsePeriod('7')).toBe(7);
    expect(parsePeriod('90')).toBe(90);
    for (const odd of [undefined, '', '8', 'all', ['7', '30'], '7.0e0x'])
      expect(parsePeriod(odd)).toBe(30);
  });

  it('lists every day of the period, zeros included, and sums it up', () => {
    const today = new Date('2026-12-01T15:00:00Z');
    expect(periodStart(7, today).toISOString()).toBe('2026-11-25T00:00:00.000Z');
    const overview = buildOverview(
      {
        confirmedNow: 40,
        signups: [
          { day: '2026-11-25', count: 4 },
          { day: '2026-12-01', count: 6 },
        ],
        confirmations: [{ day: '2026-11-30', count: 5 }],
        unsubscribes: [{ day: '2026-11-26', count: 2 }],
        signupsConfirmed: 5,
      },
      [
        { key: { day: '2026-11-26' }, views: 120 },
        { key: { day: '2026-11-24' }, views: 999 },
      ],
      7,
      today,
    );
    expect(overview.rows.map((row) => row.day)).toEqual([
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
    ]);
    expect(overview.rows[1]).toEqual({
      day: '2026-11-26',
      signups: 0,
      confirmations: 0,
      unsubscribes: 2,
      views: 120,
    });
    expect(overview).toMatchObject({
      confirmedNow: 40,
      change: 3,
      confirmationRate: 0.5,
      totals: { signups: 10, confirmations: 5, unsubscribes: 2, views: 120 },
    });
  });

  it('has no confirmation rate without signups', () => {
    const overview = buildOverview(
      { confirmedNow: 0, signups: [], confirmations: [], unsubscribes: [], signupsConfirmed: 0 },
      [],
      30,
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(overview.confirmationRate).toBeNull();
    expect(overview.rows).toHaveLength(30);
  });
});
