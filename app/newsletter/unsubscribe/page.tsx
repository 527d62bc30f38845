import type { Metadata } from 'next';
import { TokenActionPage } from '@/components/newsletter/TokenActionPage';
import { unsubscribeAction } from '../actions';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <TokenActionPage
      title="Unsubscribe"
      explanation="Sorry to see you go. Press the button and we won’t email you again."
      button="Unsubscribe me"
      token={typeof token === 'string' ? token : undefined}
      action={unsubscribeAction}
    />
  );
}
