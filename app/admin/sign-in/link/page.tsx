import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TokenActionPage } from '@/components/newsletter/TokenActionPage';
import { dashboardEnabled } from '@/lib/admin/admin-session';
import { signInWithLinkAction } from '../../actions';

export const metadata: Metadata = { title: 'Sign in to the dashboard', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function SignInLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (!dashboardEnabled()) notFound();
  const { token } = await searchParams;
  return (
    <TokenActionPage
      title="Sign in to the dashboard"
      explanation="Press the button to sign in. The link then stops working."
      button="Sign in"
      token={typeof token === 'string' ? token : undefined}
      action={signInWithLinkAction}
    />
  );
}
