import { adminEmail } from '@/lib/admin/admin-session';
import { parseSubscriberQuery, subscriberFilter } from '@/lib/admin/subscriber-list';
import { subscribersCsv } from '@/lib/newsletter/subscribers-csv';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { utcDay } from '@/lib/utc-day';

export const dynamic = 'force-dynamic';

/** The list, filtered as on the page, as the same CSV `npm run subscribers -- export` writes. */
export async function GET(request: Request) {
  if (!(await adminEmail())) return new Response('Not Found', { status: 404 });
  const query = parseSubscriberQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await withNewsletter(({ store }) => store.subscribers(subscriberFilter(query)));
  if ('ok' in rows) return new Response(rows.message, { status: rows.status });
  return new Response(subscribersCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="glowpop-subscribers-${utcDay(new Date())}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}
