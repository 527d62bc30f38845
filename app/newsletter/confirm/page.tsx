import type { Metadata } from 'next';
import { TokenActionPage } from '@/components/newsletter/TokenActionPage';
import { confirmAction } from '../actions';

export const metadata: Metadata = { title: 'Confirm your subscription', robots: { index: false } };

export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <TokenActionPage
      title="Confirm your subscription"
      explanation="One click and you’re in: GLOWPOP news, offers and tips, straight to your inbox."
      button="Confirm my subscription"
      token={typeof token === 'string' ? token : undefined}
      action={confirmAction}
    />
  );
}
