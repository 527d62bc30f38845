import type { Metadata } from 'next';
import { AdminFrame } from '@/components/admin/AdminFrame';
import { StoreUnavailable } from '@/components/admin/StoreUnavailable';
import { DailyChart } from '@/components/admin/DailyChart';
import { PeriodNav } from '@/components/admin/PeriodNav';
import { ScrollRegion } from '@/components/admin/ScrollRegion';
import { ADMIN_PATH, adminOverviewPath } from '@/lib/admin/admin-paths';
import { formatChange, formatCount } from '@/lib/admin/format-count';
import { requireAdmin } from '@/lib/admin/admin-session';
import { buildOverview, parsePeriod, periodStart } from '@/lib/admin/overview';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { signOutAction } from './actions';
import { utcDay } from '@/lib/utc-day';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };
export const dynamic = 'force-dynamic';

const SIGNUP_SERIES = [
  { key: 'signups', label: 'Signups', tone: 1 },
  { key: 'confirmations', label: 'Confirmations', tone: 2 },
  { key: 'unsubscribes', label: 'Unsubscribes', tone: 3 },
] as const;
const VIEW_SERIES = [{ key: 'views', label: 'Page views', tone: 1 }] as const;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const email = await requireAdmin();
  const days = parsePeriod((await searchParams).days);
  const today = new Date();
  const since = periodStart(days, today);
  const data = await withNewsletter(async ({ store }) => {
    const sends = await store.sendSummaries();
    return {
      overview: buildOverview(
        await store.dashboardFigures(since),
        await store.viewTotals(utcDay(since), ['day']),
        days,
        today,
      ),
      // What each issue's "Read on the blog" link brought back (newsletter's utm fields).
      sends: await Promise.all(
        sends.map(async (send) => ({
          ...send,
          views:
            (
              await store.viewTotals(utcDay(send.createdAt), [], {
                utm_source: 'newsletter',
                utm_campaign: send.slug,
              })
            )[0]?.views ?? 0,
        })),
      ),
      misses: (await store.searchMisses(utcDay(since))).slice(0, 20),
    };
  });

  return (
    <AdminFrame title="Dashboard" email={email} current={ADMIN_PATH} signOut={signOutAction}>
      <PeriodNav days={days} pathFor={adminOverviewPath} />
      {'ok' in data ? (
        <StoreUnavailable message={data.message} />
      ) : (
        <>
          <dl className="admin-cards">
            <div>
              <dt>Confirmed subscribers</dt>
              <dd>{formatCount(data.overview.confirmedNow)}</dd>
            </div>
            <div>
              <dt>Change over {days} days</dt>
              <dd>{formatChange(data.overview.change)}</dd>
            </div>
            <div>
              <dt>Signups over {days} days</dt>
              <dd>{formatCount(data.overview.totals.signups)}</dd>
            </div>
            <div>
              <dt>Page views over {days} days</dt>
              <dd>{formatCount(data.overview.totals.views)}</dd>
            </div>
            <div>
              <dt>Confirmation rate</dt>
              <dd>
                {data.overview.confirmationRate === null
                  ? '–'
                  : `${Math.round(data.overview.confirmationRate * 100)} %`}
              </dd>
            </div>
          </dl>

          <section className="admin-section" aria-labelledby="daily">
            <h2 id="daily">Signups per day</h2>
            <DailyChart
              rows={data.overview.rows}
              series={SIGNUP_SERIES}
              title="Signups, confirmations and unsubscribes per day"
              id="daily-chart"
            />
          </section>

          <section className="admin-section" aria-labelledby="views">
            <h2 id="views">Page views per day</h2>
            <DailyChart
              rows={data.overview.rows}
              series={VIEW_SERIES}
              title="Page views per day"
              id="views-chart"
            />
          </section>

          <section className="admin-section" aria-labelledby="sends">
            <h2 id="sends">Newsletter sends</h2>
            {data.sends.length === 0 ? (
              <p>
                Nothing has been sent yet: <code>npm run newsletter -- send &lt;slug&gt;</code>.
              </p>
            ) : (
              <ScrollRegion label="Newsletter sends">
                <table className="admin-table">
                  <thead>
                    <tr>
                      <th scope="col">Issue</th>
                      <th scope="col">Started</th>
                      <th scope="col">Delivered</th>
                      <th scope="col">Bounced</th>
                      <th scope="col">Failed</th>
                      <th scope="col">Still to send</th>
                      <th scope="col">Views from it</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.sends.map((send) => (
                      <tr key={send.id}>
                        <th scope="row">
                          {send.subject}
                          {send.edition > 1 ? ` (edition ${send.edition})` : ''}
                        </th>
                        <td>{utcDay(send.createdAt)}</td>
                        <td>{formatCount(send.counts.sent)}</td>
                        <td>{formatCount(send.counts.bounced)}</td>
                        <td>{formatCount(send.counts.failed)}</td>
                        <td>{formatCount(send.counts.pending + send.counts.claimed)}</td>
                        <td>{formatCount(send.views)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>

          <section className="admin-section" aria-labelledby="misses">
            <h2 id="misses">Searches that found nothing</h2>
            {data.misses.length === 0 ? (
              <p>Every search in these {days} days found something.</p>
            ) : (
              <ScrollRegion label="Searches that found nothing">
                <table className="admin-table">
                  <thead>
                    <tr>
                      <th scope="col">Search</th>
                      <th scope="col">Times</th>
                      <th scope="col">Last seen</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.misses.map((miss) => (
                      <tr key={miss.query}>
                        <th scope="row">{miss.query}</th>
                        <td>{formatCount(miss.count)}</td>
                        <td>{miss.lastDay}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            )}
          </section>
        </>
      )}
    </AdminFrame>
  );
}
