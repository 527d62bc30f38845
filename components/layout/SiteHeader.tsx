import Link from 'next/link';
import { Wordmark } from './Wordmark';

const navigation = [
  { href: '/', label: 'Home' },
  { href: '/blog', label: 'Blog' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-ink/10 bg-cream/95">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" className="rounded-sm text-ink" aria-label="GLOWPOP home">
          <Wordmark />
        </Link>
        <nav aria-label="Main">
          <ul className="flex items-center gap-1 sm:gap-2">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-full px-3 py-2 text-sm font-semibold text-ink hover:bg-pop-100 sm:px-4"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
