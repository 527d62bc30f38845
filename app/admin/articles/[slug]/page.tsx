import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminFrame } from '@/components/admin/AdminFrame';
import { StoreUnavailable } from '@/components/admin/StoreUnavailable';
import { CountTable } from '@/components/admin/CountTable';
import { DailyChart } from '@/components/admin/DailyChart';
import { PeriodNav } from '@/components/admin/PeriodNav';
import { ADMIN_ARTICLES_PATH, adminArticlePath } from '@/lib/admin/admin-paths';
import { requireAdmin } from '@/lib/admin/admin-session';
import { campaignLabel, daysOf } from '@/lib/admin/article-figures';
import { formatCount } from '@/lib/admin/format-count';
import { parsePeriod, periodStart } from '@/lib/admin/overview';
import { getPostBySlug, postPath } from '@/lib/content';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { utcDay } from '@/lib/utc-day';
import { signOutAction } from '../../actions';

export const metadata: Metadata = { title: 'Article', robots: { index: false } };
export const dynamic = 'force-dynamic';

const VIEW_SERIES = [{ key: 'views', label: 'Views', tone: 1 }] as const;

export default async function ArticleFiguresPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const email = await requireAdmin();
  const { slug } = await params;
  const post = await getPostBySlug(decodeURIComponent(slug));
  if (!post) notFound();
  const days = parsePeriod((await searchParams).days);
  const today = new Date();
  const since = periodStart(days, today);
  const path = postPath(post.slug);
  const data = await withNewsletter(async ({ store }) => {
    const views = (groupBy: Parameters<typeof store.viewTotals>[1]) =>
      store.viewTotals(utcDay(since), groupBy, { path });
    const signups = await store.signupTotals(since, ['source_path', 'utm_campaign']);
    return {
      perDay: daysOf(await views(['day']), days, today),
      referrers: await views(['referrer_host']),
      campaigns: await views(['utm_campaign', 'utm_source', 'utm_medium']),
      devices: await views(['device']),
      signups: signups.filter((total) => total.key.source_path === path),
    };
  });

  return (
    <AdminFrame
      title={post.title}
      email={email}
      current={ADMIN_ARTICLES_PATH}
      signOut={signOutAction}
    >
      <PeriodNav days={days} pathFor={(period) => adminArticlePath(post.slug, period)} />
      {'ok' in data ? (
        <StoreUnavailable message={data.message} />
      ) : (
        <>
          <dl className="admin-cards">
            <div>
              <dt>Views over {days} days</dt>
              <dd>{formatCount(data.perDay.reduce((sum, row) => sum + row.views, 0))}</dd>
            </div>
            <div>
              <dt>Signups on this page</dt>
              <dd>{formatCount(data.signups.reduce((sum, total) => sum + total.signups, 0))}</dd>
            </div>
          </dl>
          <section className="admin-section" aria-labelledby="article-views">
            <h2 id="article-views">Views per day</h2>
            <DailyChart
              rows={data.perDay}
              series={VIEW_SERIES}
              title={`Views of “${post.title}” per day`}
              id="article-chart"
            />
          </section>
          <section className="admin-section" aria-labelledby="referrers">
            <h2 id="referrers">Sites that sent readers</h2>
            <CountTable
              label="Views by referring site"
              nameHeading="Site"
              countHeading="Views"
              rows={data.referrers.map((total) => ({
                name: total.key.referrer_host || 'None (typed, bookmarked, an app or this site)',
                count: total.views,
              }))}
              empty="No views in this period."
            />
          </section>
          <section className="admin-section" aria-labelledby="campaigns">
            <h2 id="campaigns">Campaigns</h2>
            <CountTable
              label="Views by campaign"
              nameHeading="Campaign (source / medium)"
              countHeading="Views"
              rows={data.campaigns.map((total) => ({
                name: campaignLabel(total.key),
                count: total.views,
              }))}
              empty="No views in this period."
            />
            <h3>Signups on this page, by campaign</h3>
            <CountTable
              label="Signups by campaign"
              nameHeading="Campaign"
              countHeading="Signups"
              rows={data.signups.map((total) => ({
                name: campaignLabel(total.key),
                count: total.signups,
              }))}
              empty="No signups on this page in this period."
            />
          </section>
          <section className="admin-section" aria-labelledby="devices">
            <h2 id="devices">Devices</h2>
            <CountTable
              label="Views by device"
              nameHeading="Device"
              countHeading="Views"
              rows={data.devices.map((total) => ({
                name: total.key.device ?? '',
                count: total.views,
              }))}
              empty="No views in this period."
            />
          </section>
        </>
      )}
    </AdminFrame>
  );
}
