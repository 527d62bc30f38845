import { formatDate } from '@/lib/format-date';
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

/** What a draft's or scheduled post's badge says (`next dev` only shows them); none when live. */
export function statusLabel(post: { status: PublicationStatus; date: string }): string | undefined {
  if (post.status === 'published') return undefined;
  return post.status === 'scheduled' ? `Scheduled for ${formatDate(post.date)}` : 'Draft';
}

/** A post dated after `today` is scheduled: it goes live with the first build on its date. */
export function publicationStatus(
  post: { draft: boolean; date: string },
  today: string,
): PublicationStatus {
  if (post.draft) return 'draft';
  return post.date > today ? 'scheduled' : 'published';
}

/** One formatter per time zone: building one costs more than a page's other date work. */
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset at `instant`, as `+02:00` (`+00:00` for UTC itself). */
function offsetAt(instant: number, timeZone: string): string {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '+00:00';
}

function offsetMinutes(offset: string): number {
  const [, sign, hours, mins] = /^([+-])(\d{2}):(\d{2})$/.exec(offset) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(mins)) : 0;
}

/**
 * The moment a post dated `date` goes live, midnight where posts are published, as an ISO 8601
 * time with its offset: structured data and feeds want a time zone, front matter has a date.
 */
export function publishInstant(date: string, timeZone: string = site.publishTimeZone): string {
  // Midnight there is UTC midnight minus the zone's offset; the offset that applies at that
  // moment is the one to state (it differs from the day's noon offset on a clock change).
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const guess =
    utcMidnight - offsetMinutes(offsetAt(utcMidnight + 12 * 3_600_000, timeZone)) * 60_000;
  return `${date}T00:00:00${offsetAt(guess, timeZone)}`;
}
