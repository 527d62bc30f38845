import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminFrame } from '@/components/admin/AdminFrame';
import { StoreUnavailable } from '@/components/admin/StoreUnavailable';
import { PeriodNav } from '@/components/admin/PeriodNav';
import { ScrollRegion } from '@/components/admin/ScrollRegion';
import { ADMIN_ARTICLES_PATH, adminArticlePath, adminArticlesPath } from '@/lib/admin/admin-paths';
import { requireAdmin } from '@/lib/admin/admin-session';
import { articleRows, parseArticleSort, type ArticleSort } from '@/lib/admin/article-figures';
import { formatCount } from '@/lib/admin/format-count';
import { parsePeriod, periodStart } from '@/lib/admin/overview';
import { getPublishedPosts, postPath } from '@/lib/content';
import { withNewsletter } from '@/lib/newsletter/runtime';
import { utcDay } from '@/lib/utc-day';
import { signOutAction } from '../actions';

export const metadata: Metadata = { title: 'Articles', robots: { index: false } };
export const dynamic = 'force-dynamic';

const COLUMNS: { sort: ArticleSort; label: string }[] = [
  { sort: 'views', label: 'Views' },
  { sort: 'signups', label: 'Signups' },
  { sort: 'rate', label: 'Signups per 1,000 views' },
];

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const email = await requireAdmin();
  const params = await searchParams;
  const days = parsePeriod(params.days);
  const sort = parseArticleSort(params.sort);
  const since = periodStart(days, new Date());
  const articles = (await getPublishedPosts()).map((post) => ({
    slug: post.slug,
    title: post.title,
    path: postPath(post.slug),
  }));
  const data = await withNewsletter(async ({ store }) =>
    articleRows(
      articles,
      await store.viewTotals(utcDay(since), ['path']),
      await store.signupTotals(since, ['source_path']),
      sort,
    ),
  );

  return (
    <AdminFrame
      title="Articles"
      email={email}
      current={ADMIN_ARTICLES_PATH}
      signOut={signOutAction}
    >
      <PeriodNav days={days} pathFor={(period) => adminArticlesPath(period, sort)} />
      {'ok' in data ? (
        <StoreUnavailable message={data.message} />
      ) : (
        <section className="admin-section" aria-labelledby="articles">
          <h2 id="articles">Views and signups per article, last {days} days</h2>
          <p>
            Signups count the forms on the article’s own page. Open an article for where its readers
            came from.
          </p>
          <ScrollRegion label="Views and signups per article">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  {COLUMNS.map((column) => (
                    <th
                      key={column.sort}
                      scope="col"
                      aria-sort={column.sort === sort ? 'descending' : undefined}
                    >
                      <Link href={adminArticlesPath(days, column.sort)} prefetch={false}>
                        {column.label}
                        {column.sort === sort ? ' ↓' : ''}
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.map((row) => (
                  <tr key={row.slug}>
                    <th scope="row">
                      <Link href={adminArticlePath(row.slug, days)} prefetch={false}>
                        {row.title}
                      </Link>
                    </th>
                    <td>{formatCount(row.views)}</td>
                    <td>{formatCount(row.signups)}</td>
                    <td>{row.perThousandViews === null ? '–' : row.perThousandViews.toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      )}
    </AdminFrame>
  );
}
