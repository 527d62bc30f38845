import { getNewsletter } from '@/lib/newsletter/runtime';
import { missKey } from './search-query';
import { utcDay } from '@/lib/utc-day';

/**
 * Counts a search that found nothing. Only the normalized query and the day are stored. A
 * database that is down costs the count, never the reader's answer, so failures are logged.
 */
export async function countMissedSearch(query: string, now = new Date()): Promise<void> {
  const key = missKey(query);
  if (key === '') return;
  try {
    const { store } = await getNewsletter();
    await store.recordSearchMiss(key, utcDay(now));
  } catch (error) {
    console.error(
      `Search: a missed search was not counted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
