import type { Metadata } from 'next';
import { ResultPage } from '@/components/newsletter/ResultPage';

export const metadata: Metadata = { title: 'Unsubscribed', robots: { index: false } };

export default async function UnsubscribedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { result } = await searchParams;
  if (result === '503') {
    return (
      <ResultPage
        title="We couldn’t unsubscribe you just now"
        message="Our list is briefly unavailable. Please open the link from the email again in a few minutes."
      />
    );
  }
  return result === '200' ? (
    <ResultPage
      title="You’re unsubscribed"
      message="You won’t get any more emails from us. Changed your mind? Sign up again any time."
    />
  ) : (
    <ResultPage
      title="This unsubscribe link is not valid"
      message="Please use the link from your latest email, or reply to it and we’ll take you off the list."
    />
  );
}
