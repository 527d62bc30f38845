import Link from 'next/link';

export function ResultPage({ title, message }: { title: string; message: string }) {
  return (
    <div className="mx-auto flex max-w-2xl flex-col items-start gap-6 px-4 py-24 sm:px-6">
      <h1 className="font-display text-4xl font-extrabold text-ink sm:text-5xl">{title}</h1>
      <p role="status" className="text-lg text-ink-soft">
        {message}
      </p>
      <Link
        href="/blog"
        className="rounded-full bg-pop-700 px-6 py-3 font-semibold text-white hover:bg-pop-900"
      >
        Read the blog
      </Link>
    </div>
  );
}
