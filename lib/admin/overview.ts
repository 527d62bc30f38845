import { z } from 'zod';
import type { DailyCounts, DashboardFigures, ViewTotal } from '@/lib/newsletter/store';
import { utcDay } from '@/lib/utc-day';

/** The periods the overview offers, in days. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];
const DEFAULT_PERIOD: Period = 30;

/** `?days=`: one of PERIODS; anything else is the default (a shared link never breaks). */
export function parsePeriod(value: unknown): Period {
  const parsed = z.coerce.number().safeParse(value);
  return PERIODS.find((period) => parsed.success && period === parsed.data) ?? DEFAULT_PERIOD;
}

/** The first day (UTC midnight) of a period ending today. */
export function periodStart(days: Period, today: Date): Date {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  start.setUTCDate(start.getUTCDate() - (days - 1));
  return start;
}

/** Every day of a period ending today (YYYY-MM-DD, UTC), oldest first. */
export function periodDays(days: Period, today: Date): string[] {
  const start = periodStart(days, today);
  return Array.from({ length: days }, (_, index) =>
    utcDay(new Date(start.getTime() + index * 86_400_000)),
  );
}

export type DayRow = {
  day: string;
  signups: number;
  confirmations: number;
  unsubscribes: number;
  views: number;
};

export type Overview = {
  days: Period;
  confirmedNow: number;
  /** Confirmations minus unsubscribes over the period. */
  change: number;
  /** Of the period's signups, the share confirmed; null with no signups. */
  confirmationRate: number | null;
  totals: Omit<DayRow, 'day'>;
  /** Every day of the period, oldest first, zeros included. */
  rows: DayRow[];
};

const byDay = (counts: DailyCounts) => new Map(counts.map(({ day, count }) => [day, count]));

/** The overview's figures, each day of the period present; `views` are page views by day. */
export function buildOverview(
  figures: DashboardFigures,
  views: readonly ViewTotal[],
  days: Period,
  today: Date,
): Overview {
  const viewsByDay = new Map(views.map((total) => [total.key.day, total.views]));
  const signups = byDay(figures.signups);
  const confirmations = byDay(figures.confirmations);
  const unsubscribes = byDay(figures.unsubscribes);
  const rows: DayRow[] = periodDays(days, today).map((day) => ({
    day,
    signups: signups.get(day) ?? 0,
    confirmations: confirmations.get(day) ?? 0,
    unsubscribes: unsubscribes.get(day) ?? 0,
    views: viewsByDay.get(day) ?? 0,
  }));
  const sum = (key: keyof Omit<DayRow, 'day'>) => rows.reduce((total, row) => total + row[key], 0);
  const totals = {
    signups: sum('signups'),
    confirmations: sum('confirmations'),
    unsubscribes: sum('unsubscribes'),
    views: sum('views'),
  };
  return {
    days,
    confirmedNow: figures.confirmedNow,
    change: totals.confirmations - totals.unsubscribes,
    confirmationRate: totals.signups === 0 ? null : figures.signupsConfirmed / totals.signups,
    totals,
    rows,
  };
}
