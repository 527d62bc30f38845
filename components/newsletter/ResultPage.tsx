import Link from 'next/link';
import { BLOG_PATH } from '@/lib/content';

type ResultPageProps = {
  title: string;
  message: string;
  /** Whether the footer's signup form shows: only where the message asks to sign up again. */
  offerSignup?: boolean;
};

export function ResultPage({ title, message, offerSignup = false }: ResultPageProps) {
  return (
    <div className="wrap notice" data-footer-signup={offerSignup ? undefined : 'off'}>
      <h1 className="page-title">{title}</h1>
      <p role="status" className="lede">
        {message}
      </p>
      <Link href={BLOG_PATH} className="btn">
        Read the blog
      </Link>
    </div>
  );
}
