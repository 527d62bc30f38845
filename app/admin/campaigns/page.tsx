import type { Metadata } from 'next';
import { AdminFrame } from '@/components/admin/AdminFrame';
import { StoreUnavailable } from '@/components/admin/StoreUnavailable';
import { PeriodNav } from '@/components/admin/PeriodNav';
import { ScrollRegion } from '@/components/admin/ScrollRegion';
import { ADMIN_CAMPAIGNS_PATH, adminCampaignsPath } from '@/lib/admin/admin-paths';
import { requireAdmin } from '@/lib/admin/admin-session';
import { campaignLabel, campaignRows } from '@/lib/admin/article-figures';
import { formatCount } from '@/lib/admin/format-count';
import { parsePeriod, periodStart } from '@/lib/admin/overview';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { utcDay } from '@/lib/utc-day';
import { signOutAction } from '../actions';

export const metadata: Metadata = { title: 'Campaigns', robots: { index: false } };
export const dynamic = 'force-dynamic';

const CAMPAIGN = ['utm_campaign', 'utm_source', 'utm_medium'] as const;

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const email = await requireAdmin();
  const days = parsePeriod((await searchParams).days);
  const since = periodStart(days, new Date());
  const data = await withNewsletter(async ({ store }) =>
    campaignRows(
      await store.viewTotals(utcDay(since), CAMPAIGN),
      await store.signupTotals(since, CAMPAIGN),
    ),
  );

  return (
    <AdminFrame
      title="Campaigns"
      email={email}
      current={ADMIN_CAMPAIGNS_PATH}
      signOut={signOutAction}
    >
      <PeriodNav days={days} pathFor={adminCampaignsPath} />
      {'ok' in data ? (
        <StoreUnavailable message={data.message} />
      ) : (
        <section className="admin-section" aria-labelledby="campaigns">
          <h2 id="campaigns">Views and signups per campaign, last {days} days</h2>
          <p>
            From the links’ <code>utm_campaign</code>, <code>utm_source</code> and{' '}
            <code>utm_medium</code>: share buttons say <code>article-share</code>, each newsletter
            issue its article’s slug. Signups count the campaign of the page the reader’s visit
            began on.
          </p>
          {data.length === 0 ? (
            <p>No views or signups in this period.</p>
          ) : (
            <ScrollRegion label="Views and signups per campaign">
              <table className="admin-table">
                <thead>
                  <tr>
                    <th scope="col">Campaign (source / medium)</th>
                    <th scope="col">Views</th>
                    <th scope="col">Signups</th>
                    <th scope="col">Confirmed</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((row) => (
                    <tr key={`${row.campaign}|${row.source}|${row.medium}`}>
                      <th scope="row">
                        {campaignLabel({
                          utm_campaign: row.campaign,
                          utm_source: row.source,
                          utm_medium: row.medium,
                        })}
                      </th>
                      <td>{formatCount(row.views)}</td>
                      <td>{formatCount(row.signups)}</td>
                      <td>{formatCount(row.confirmed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </section>
      )}
    </AdminFrame>
  );
}
