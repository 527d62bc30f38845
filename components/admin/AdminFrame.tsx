import Link from 'next/link';
import {
  ADMIN_ARTICLES_PATH,
  ADMIN_CAMPAIGNS_PATH,
  ADMIN_PATH,
  ADMIN_SUBSCRIBERS_PATH,
} from '@/lib/admin/admin-paths';
import { AdminStyles } from './AdminStyles';

/**
 * Every signed-in dashboard page: its title, the sections, who is signed in and the sign-out
 * button (a POST form, so it works without JavaScript and no link can sign anyone out).
 */
const SECTIONS = [
  { href: ADMIN_PATH, label: 'Overview' },
  { href: ADMIN_ARTICLES_PATH, label: 'Articles' },
  { href: ADMIN_CAMPAIGNS_PATH, label: 'Campaigns' },
  { href: ADMIN_SUBSCRIBERS_PATH, label: 'Subscribers' },
] as const;

export function AdminFrame({
  title,
  email,
  current,
  signOut,
  children,
}: {
  title: string;
  email: string;
  /** The section shown, marked in the navigation. */
  current: (typeof SECTIONS)[number]['href'];
  signOut: () => Promise<never>;
  children: React.ReactNode;
}) {
  return (
    // A dashboard is no place for the footer's newsletter form.
    <div className="wrap admin-page" data-footer-signup="off">
      <AdminStyles />
      <div className="admin-bar">
        <nav aria-label="Dashboard">
          {SECTIONS.map((section) => (
            <Link
              key={section.href}
              className="admin-pill"
              href={section.href}
              aria-current={section.href === current ? 'page' : undefined}
              prefetch={false}
            >
              {section.label}
            </Link>
          ))}
        </nav>
        <form action={signOut}>
          <span>{email} · </span>
          <button type="submit" className="btn-outline">
            Sign out
          </button>
        </form>
      </div>
      <h1 className="page-title">{title}</h1>
      {children}
    </div>
  );
}
