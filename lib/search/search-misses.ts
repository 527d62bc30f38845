import { getNewsletter } from '@/lib/newsletter/runtime';
import { missKey } from './search-query';

/** The UTC day of `now`, as misses are counted: YYYY-MM-DD. */
export const dayOf = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * Counts a search that found nothing. Only the normalized query and the day are stored. A
 * database that is down costs the count, never the reader's answer, so failures are logged.
 */
export async function countMissedSearch(query: string, now = new Date()): Promise<void> {
  const key = missKey(query);
  if (key === '') return;
  try {
    const { store } = await getNewsletter();
    await store.recordSearchMiss(key, dayOf(now));
  } catch (error) {
    console.error(
      `Search: a missed search was not counted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
