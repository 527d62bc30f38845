import { isDevelopment, settings } from '@/lib/config';
import { BLOG_PATH, contentPagePaths, getPublishedPosts, type Post } from '@/lib/content';
import { clientNetwork } from '@/lib/security/client-address';
import { getCountingStore } from '@/lib/newsletter/runtime';
import { SEARCH_PATH } from '@/lib/search/search-entry';
import { site } from '@/lib/site';
import { utcDay } from '@/lib/utc-day';
import { BEACON_LIMITS, createBeaconLimiter } from './beacon-limits';
import { readBeacon, uncountedBecause } from './page-view-beacon';
import { createViewCounter } from './view-counter';

export type BeaconAnswer = { status: 204 } | { status: 400 | 429; message: string };

const pagesByPosts = new WeakMap<readonly Post[], Set<string>>();

/**
 * The page a path counts under, if it is one the site serves: home, the blog, each tag, each
 * article and search. A list's later pages count as the list (/blog/page/3 as /blog).
 */
async function countedPath(path: string): Promise<string | undefined> {
  const posts = await getPublishedPosts();
  const pages =
    pagesByPosts.get(posts) ?? contentPagePaths(posts).add('/').add(BLOG_PATH).add(SEARCH_PATH);
  pagesByPosts.set(posts, pages);
  const list = path.replace(/\/page\/\d+$/, '');
  return pages.has(list) ? list : undefined;
}

const limiter = createBeaconLimiter(BEACON_LIMITS);
let counter: ReturnType<typeof createViewCounter> | undefined;

/**
 * Counts one page load reported by the visit script: checked, reduced to what is kept (the
 * page, the referrer's host, utm fields, a device class and the day) and added to that row's
 * total. Readers' pages wait for none of it; a database that is down costs the count, and
 * says so in the log, without the address or anything else about the reader.
 */
export async function countPageView(
  fields: unknown,
  headers: Headers,
  now = new Date(),
): Promise<BeaconAnswer> {
  const ownHosts = [new URL(site.url).host, headers.get('x-forwarded-host') ?? headers.get('host')];
  const reading = readBeacon(fields, ownHosts);
  if (!reading.ok) return { status: 400, message: reading.message };
  // Editors' `next dev` never counts (its pages do not send beacons either).
  if (isDevelopment() || uncountedBecause(headers)) return { status: 204 };
  const path = await countedPath(reading.path);
  if (path === undefined) return { status: 204 };
  if (!limiter.allow(clientNetwork(headers, settings().TRUST_PROXY))) {
    return { status: 429, message: 'Too many page views at once; they are counted again shortly.' };
  }
  counter ??= createViewCounter(async (views) => (await getCountingStore()).addPageViews(views));
  try {
    await counter.count({ day: utcDay(now), path, ...reading.views, views: 1 });
  } catch (error) {
    console.error(
      `Page views: a view was not counted: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { status: 204 };
}
