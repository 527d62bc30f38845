import Link from 'next/link';
import { PERIODS, type Period } from '@/lib/admin/overview';

/** The 7/30/90-day choice, as links: each page keeps its own address for each period. */
export function PeriodNav({ days, pathFor }: { days: Period; pathFor: (days: Period) => string }) {
  return (
    <nav aria-label="Period" className="admin-periods">
      <div>
        {PERIODS.map((period) => (
          <Link
            key={period}
            className="admin-pill"
            href={pathFor(period)}
            aria-current={period === days ? 'page' : undefined}
            prefetch={false}
          >
            {period} days
          </Link>
        ))}
      </div>
    </nav>
  );
}
