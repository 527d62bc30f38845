import Link from 'next/link';
import { ADMIN_PATH } from '@/lib/admin/admin-paths';
import { AdminStyles } from './AdminStyles';

/**
 * Every signed-in dashboard page: its title, the sections, who is signed in and the sign-out
 * button (a POST form, so it works without JavaScript and no link can sign anyone out).
 */
export function AdminFrame({
  title,
  email,
  signOut,
  children,
}: {
  title: string;
  email: string;
  signOut: () => Promise<never>;
  children: React.ReactNode;
}) {
  return (
    // A dashboard is no place for the footer's newsletter form.
    <div className="wrap admin-page" data-footer-signup="off">
      <AdminStyles />
      <div className="admin-bar">
        <nav aria-label="Dashboard">
          <Link className="admin-pill" href={ADMIN_PATH} aria-current="page" prefetch={false}>
            Overview
          </Link>
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
