import { site } from '@/lib/site';

/** Where a post stands: live, held back by `draft: true`, or dated in the future. */
export type PublicationStatus = 'published' | 'draft' | 'scheduled';

const isoDateIn = (timeZone: string) =>
  // en-CA formats dates as YYYY-MM-DD, the same shape as front matter dates.
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date as YYYY-MM-DD in the time zone where posts go live. */
export function publishingToday(now: Date = new Date()): string {
  return isoDateIn(site.publishTimeZone).format(now);
}

/** A post dated after `today` is scheduled: it goes live with the first build on its date. */
export function publicationStatus(
  post: { draft: boolean; date: string },
  today: string,
): PublicationStatus {
  if (post.draft) return 'draft';
  return post.date > today ? 'scheduled' : 'published';
}

/**
 * The moment a post dated `date` goes live, midnight where posts are published, as an ISO 8601
 * time with its offset: structured data and feeds want a time zone, front matter has a date.
 */
export function publishInstant(date: string, timeZone: string = site.publishTimeZone): string {
  // The zone's offset at noon UTC that day; it differs from midnight's only on a clock change.
  const zoneName = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'longOffset',
  })
    .formatToParts(new Date(`${date}T12:00:00Z`))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = zoneName?.replace('GMT', '') || '+00:00';
  return `${date}T00:00:00${offset}`;
}
