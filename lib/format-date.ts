import { site } from '@/lib/site';

const longDate = new Intl.DateTimeFormat(site.locale, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  // Post dates are calendar dates, not instants: format them in UTC so no time zone shifts them.
  timeZone: 'UTC',
});

/** "2025-02-28" -> "February 28, 2025" */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
