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
