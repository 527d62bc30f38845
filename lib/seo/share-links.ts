import { site } from '@/lib/site';
import { absoluteUrl } from './absolute-url';

export type ShareTarget = { network: string; label: string; href: string };

/** The article's URL as shared through one network, tagged so marketing sees where visits come from. */
export function sharedUrl(path: string, source: string): string {
  const url = new URL(absoluteUrl(path));
  url.searchParams.set('utm_source', source);
  url.searchParams.set('utm_medium', source === 'email' ? 'email' : 'social');
  for (const [key, value] of Object.entries(site.shareUtm)) url.searchParams.set(key, value);
  return url.toString();
}

/** Share links for an article: each network's own "share this" address. */
export function shareTargets(article: {
  path: string;
  title: string;
  imagePath: string;
}): ShareTarget[] {
  const link = (source: string) => encodeURIComponent(sharedUrl(article.path, source));
  const title = encodeURIComponent(article.title);
  return [
    {
      network: 'pinterest',
      label: 'Pinterest',
      href: `https://www.pinterest.com/pin/create/button/?url=${link('pinterest')}&media=${encodeURIComponent(absoluteUrl(article.imagePath))}&description=${title}`,
    },
    {
      network: 'facebook',
      label: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${link('facebook')}`,
    },
    {
      network: 'x',
      label: 'X',
      href: `https://x.com/intent/post?url=${link('x')}&text=${title}`,
    },
    {
      network: 'email',
      label: 'Email',
      href: `mailto:?subject=${title}&body=${encodeURIComponent(`${article.title}\n\n${sharedUrl(article.path, 'email')}`)}`,
    },
  ];
}
