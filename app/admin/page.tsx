import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFrame } from '@/components/admin/AdminFrame';
import { DailyChart } from '@/components/admin/DailyChart';
import { ScrollRegion } from '@/components/admin/ScrollRegion';
import { ADMIN_PATH, adminOverviewPath } from '@/lib/admin/admin-paths';
import { requireAdmin } from '@/lib/admin/admin-session';
import { buildOverview, parsePeriod, periodStart, PERIODS } from '@/lib/admin/overview';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { signOutAction } from './actions';
import { utcDay } from '@/lib/utc-day';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };
export const dynamic = 'force-dynamic';

const count = (value: number) => value.toLocaleString('en-US');
const signed = (value: number) => (value > 0 ? `+${count(value)}` : count(value));

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const email = await requireAdmin();
  const days = parsePeriod((await searchParams).days);
  const today = new Date();
  const since = periodStart(days, today);
  const data = await withNewsletter(async ({ store }) => ({
    overview: buildOverview(await store.dashboardFigures(since), days, today),
    sends: await store.sendSummaries(),
    misses: (await store.searchMisses(utcDay(since))).slice(0, 20),
  }));

  return (
    <AdminFrame title="Dashboard" email={email} current={ADMIN_PATH} signOut={signOutAction}>
      <nav aria-label="Period" className="admin-periods">
        <div>
          {PERIODS.map((period) => (
            <Link
              key={period}
              className="admin-pill"
              href={adminOverviewPath(period)}
              aria-current={period === days ? 'page' : undefined}
              prefetch={false}
            >
              {period} days
            </Link>
          ))}
        </div>
      </nav>
      {'ok' in data ? (
        <p className="admin-message" role="alert">
          {data.message}
        </p>
      ) : (
        <>
          <dl className="admin-cards">
            <div>
              <dt>Confirmed subscribers</dt>
              <dd>{count(data.overview.confirmedNow)}</dd>
            </div>
            <div>
              <dt>Change over {days} days</dt>
              <dd>{signed(data.overview.change)}</dd>
            </div>
            <div>
              <dt>Signups over {days} days</dt>
              <dd>{count(data.overview.totals.signups)}</dd>
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
            <DailyChart rows={data.overview.rows} id="daily-chart" />
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
                        <td>{count(send.counts.sent)}</td>
                        <td>{count(send.counts.bounced)}</td>
                        <td>{count(send.counts.failed)}</td>
                        <td>{count(send.counts.pending + send.counts.claimed)}</td>
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
                        <td>{count(miss.count)}</td>
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
