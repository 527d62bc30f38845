import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AdminStyles } from '@/components/admin/AdminStyles';
import { dashboardEnabled } from '@/lib/admin/admin-session';
import { isSignInNotice, SIGN_IN_NOTICES } from '@/lib/admin/admin-sign-in';
import { requestLinkAction } from '../actions';

export const metadata: Metadata = { title: 'Sign in to the dashboard', robots: { index: false } };
// Off unless ADMIN_EMAILS is set where the site runs: decided per request, never at build.
export const dynamic = 'force-dynamic';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!dashboardEnabled()) notFound();
  const { result } = await searchParams;
  return (
    <div className="wrap notice" data-footer-signup="off">
      <AdminStyles />
      <h1 className="page-title">Sign in to the dashboard</h1>
      {isSignInNotice(result) ? (
        <p className="admin-message" role="status">
          {SIGN_IN_NOTICES[result]}
        </p>
      ) : null}
      <p className="lede">We’ll email you a link that signs you in. No password to remember.</p>
      <form action={requestLinkAction} className="admin-form">
        <label htmlFor="admin-email" className="sr-only">
          Your work email address
        </label>
        <input
          id="admin-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          placeholder="you@glowpop.com"
        />
        <button type="submit" className="btn">
          Email me a link
        </button>
      </form>
    </div>
  );
}
