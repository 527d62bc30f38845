import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFrame } from '@/components/admin/AdminFrame';
import { ScrollRegion } from '@/components/admin/ScrollRegion';
import {
  ADMIN_SUBSCRIBERS_PATH,
  adminSubscribersCsvPath,
  adminSubscribersPath,
} from '@/lib/admin/admin-paths';
import { requireAdmin } from '@/lib/admin/admin-session';
import {
  parseSubscriberQuery,
  SUBSCRIBERS_PER_PAGE,
  subscriberFilter,
  subscriberSearch,
} from '@/lib/admin/subscriber-list';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { eraseSubscriberAction, signOutAction } from '../actions';
import { utcDay } from '@/lib/utc-day';

export const metadata: Metadata = { title: 'Subscribers', robots: { index: false } };
export const dynamic = 'force-dynamic';

const NOTICES: Record<string, string> = {
  erased: 'Erased: their address, links, deliveries and mail are gone.',
  unknown: 'Nobody with that address is on the list (erased already?).',
  unconfirmed: 'Nothing erased: tick the box to confirm.',
  unavailable: 'The list is unavailable right now. Please try again in a few minutes.',
};

const day = (date: Date | null) => (date ? utcDay(date) : '–');

export default async function SubscribersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const email = await requireAdmin();
  const params = await searchParams;
  const query = parseSubscriberQuery(params);
  const page = query.page ?? 1;
  const data = await withNewsletter(({ store }) =>
    store.subscriberPage(subscriberFilter(query), {
      offset: (page - 1) * SUBSCRIBERS_PER_PAGE,
      limit: SUBSCRIBERS_PER_PAGE,
    }),
  );
  const notice = typeof params.notice === 'string' ? NOTICES[params.notice] : undefined;
  const filters = { ...query, page: undefined };
  const here = adminSubscribersPath(subscriberSearch(query));
  const pages = 'ok' in data ? 1 : Math.max(1, Math.ceil(data.total / SUBSCRIBERS_PER_PAGE));

  return (
    <AdminFrame
      title="Subscribers"
      email={email}
      current={ADMIN_SUBSCRIBERS_PATH}
      signOut={signOutAction}
    >
      {notice ? (
        <p className="admin-message" role="status">
          {notice}
        </p>
      ) : null}
      <form method="get" action={ADMIN_SUBSCRIBERS_PATH} className="admin-filters">
        <label>
          Status
          <select name="status" defaultValue={query.status ?? ''}>
            <option value="">Any</option>
            <option value="confirmed">Confirmed</option>
            <option value="pending">Pending</option>
            <option value="unsubscribed">Unsubscribed</option>
          </select>
        </label>
        <label>
          Signed up since
          <input type="date" name="since" defaultValue={query.since ?? ''} />
        </label>
        <label>
          Page they signed up on
          <input name="source" defaultValue={query.source ?? ''} placeholder="/blog/…" />
        </label>
        <label>
          Campaign
          <input name="campaign" defaultValue={query.campaign ?? ''} placeholder="article-share" />
        </label>
        <button type="submit" className="btn">
          Show
        </button>
      </form>

      {'ok' in data ? (
        <p className="admin-message" role="alert">
          {data.message}
        </p>
      ) : (
        <section className="admin-section" aria-labelledby="list">
          <h2 id="list">
            {data.total.toLocaleString('en-US')} {data.total === 1 ? 'subscriber' : 'subscribers'}
          </h2>
          <p>
            <a href={adminSubscribersCsvPath(subscriberSearch(filters))} download>
              Download these as CSV
            </a>{' '}
            (the columns of <code>npm run subscribers -- export</code>)
          </p>
          <ScrollRegion label="Subscribers">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Address</th>
                  <th scope="col">Status</th>
                  <th scope="col">Signed up</th>
                  <th scope="col">Page</th>
                  <th scope="col">Campaign</th>
                  <th scope="col">Erase on request</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.email}>
                    <th scope="row">{row.email}</th>
                    <td>{row.bouncedAt ? `${row.status}, bounced` : row.status}</td>
                    <td>{day(row.createdAt)}</td>
                    <td>{row.sourcePath}</td>
                    <td>{row.utm.utm_campaign ?? '–'}</td>
                    <td>
                      <details>
                        <summary>Erase…</summary>
                        <form action={eraseSubscriberAction} className="admin-erase">
                          <input type="hidden" name="email" value={row.email} />
                          <input type="hidden" name="back" value={here} />
                          <label>
                            <input type="checkbox" name="confirm" value="yes" required /> Erase{' '}
                            {row.email} for good
                          </label>
                          <button type="submit" className="btn-outline">
                            Erase
                          </button>
                        </form>
                      </details>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {pages > 1 ? (
            <nav aria-label="Pages of the list" className="admin-periods">
              <div>
                {page > 1 ? (
                  <Link
                    className="admin-pill"
                    href={adminSubscribersPath(subscriberSearch({ ...query, page: page - 1 }))}
                    prefetch={false}
                  >
                    Previous
                  </Link>
                ) : null}
                <span>
                  Page {page} of {pages}
                </span>
                {page < pages ? (
                  <Link
                    className="admin-pill"
                    href={adminSubscribersPath(subscriberSearch({ ...query, page: page + 1 }))}
                    prefetch={false}
                  >
                    Next
                  </Link>
                ) : null}
              </div>
            </nav>
          ) : null}
        </section>
      )}
    </AdminFrame>
  );
}
