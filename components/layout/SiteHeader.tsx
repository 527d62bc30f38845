import Link from 'next/link';
import { ThemeSwitch } from './ThemeSwitch';
import { Wordmark } from './Wordmark';
import { BLOG_PATH } from '@/lib/content';
import { SEARCH_PATH } from '@/lib/search/search-entry';
import { SEARCH_ICON } from '@/components/search/search-icon';
import { LineIcon } from './LineIcon';

const navigation = [
  { href: '/', label: 'Home' },
  { href: BLOG_PATH, label: 'Blog' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap">
        {/* Links home are not prefetched: the home page's carousel is 2 kB of JavaScript that
            every other page would fetch for a link few readers follow. */}
        <Link href="/" prefetch={false} aria-label="GLOWPOP home">
          <Wordmark />
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} prefetch={item.href === '/' ? false : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              {/* Not prefetched: most readers never search, and every page would fetch it. */}
              <Link href={SEARCH_PATH} prefetch={false} aria-label="Search">
                <LineIcon path={SEARCH_ICON} />
              </Link>
            </li>
          </ul>
        </nav>
        <ThemeSwitch />
      </div>
    </header>
  );
}
