import { permanentRedirect } from 'next/navigation';
import { listPath } from '@/lib/content';

/** `/blog/page/1` and `/blog/tag/<tag>/page/1` are the list itself: they redirect there. */
export function redirectFirstPage(segment: string, tagSlug?: string): void {
  if (segment === '1') permanentRedirect(listPath(tagSlug));
}
