import type { Metadata } from 'next';
import { ResultPage } from '@/components/newsletter/ResultPage';

export const metadata: Metadata = { title: 'Subscription', robots: { index: false } };

const results: Record<string, { title: string; message: string; offerSignup?: boolean }> = {
  '200': {
    title: 'You’re subscribed',
    message: 'Welcome to the glow! Look out for our next email.',
  },
  '410': {
    title: 'This link has expired',
    message:
      'Confirmation links work for 48 hours. Sign up again below and we’ll send a fresh one.',
    offerSignup: true,
  },
  '404': {
    title: 'This link is not valid any more',
    message: 'It may have been used already. If you are not subscribed yet, sign up again below.',
    offerSignup: true,
  },
  '400': {
    title: 'This link is incomplete',
    message: 'Please open the whole link from the email, or sign up again below.',
    offerSignup: true,
  },
  '503': {
    title: 'We couldn’t confirm you just now',
    message:
      'Our list is briefly unavailable. Please open the link from the email again in a few minutes.',
  },
};

export default async function ConfirmedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { result } = await searchParams;
  const shown = results[String(result)] ?? results['404'];
  return (
    <ResultPage
      title={shown?.title ?? ''}
      message={shown?.message ?? ''}
      offerSignup={shown?.offerSignup}
    />
  );
}
