import Link from 'next/link';

export function ResultPage({ title, message }: { title: string; message: string }) {
  return (
    <div className="wrap notice">
      <h1 className="page-title">{title}</h1>
      <p role="status" className="lede">
        {message}
      </p>
      <Link href="/blog" className="btn">
        Read the blog
      </Link>
    </div>
  );
}
