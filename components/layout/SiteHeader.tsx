import Link from 'next/link';
import { ThemeSwitch } from './ThemeSwitch';
import { Wordmark } from './Wordmark';
import { BLOG_PATH } from '@/lib/content';

const navigation = [
  { href: '/', label: 'Home' },
  { href: BLOG_PATH, label: 'Blog' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="wrap">
        <Link href="/" aria-label="GLOWPOP home">
          <Wordmark />
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-1">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <ThemeSwitch />
      </div>
    </header>
  );
}
