import { site } from '@/lib/site';

/** An absolute URL on this site, from a path such as `/blog/the-gut-skin-axis`. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}
