import { z } from 'zod';
import type { SubscriberFilter, SubscriberStatus } from '@/lib/newsletter/store';

export const SUBSCRIBERS_PER_PAGE = 50;
const STATUSES: readonly SubscriberStatus[] = ['pending', 'confirmed', 'unsubscribed'];

const text = z.string().trim().max(200).optional().catch(undefined);

/**
 * The list's filters as the address gives them (`?status=&since=&source=&campaign=&page=`):
 * anything unusable is dropped rather than refused, so an edited address still shows a list.
 */
const querySchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)))
    .optional()
    .catch(undefined),
  source: text,
  campaign: text,
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export type SubscriberQuery = z.infer<typeof querySchema>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export function parseSubscriberQuery(params: Record<string, unknown>): SubscriberQuery {
  const flat = Object.fromEntries(
    ['status', 'since', 'source', 'campaign', 'page'].map((key) => [
      key,
      first(params[key]) || undefined,
    ]),
  );
  return querySchema.parse(flat);
}

/** The store's filter for a query. */
export function subscriberFilter(query: SubscriberQuery): SubscriberFilter {
  return {
    status: query.status,
    since: query.since ? new Date(`${query.since}T00:00:00Z`) : undefined,
    sourcePath: query.source,
    campaign: query.campaign,
  };
}

/** The query as an address's search part (empty fields left out), for links and the CSV. */
export function subscriberSearch(query: SubscriberQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `?${search}` : '';
}
