import { appendFileSync } from 'node:fs';
import { cache } from 'react';
import { ContentValidationError } from './errors';
import { contentVersion } from './content-folder';
import { loadContent, type ContentSet } from './load-content';
import { isDevelopment, settings } from '@/lib/config';

export const isDev = isDevelopment;

/**
 * The benchmark counts how often a build reads and parses the content (it should be once, not
 * once per page): with CONTENT_READ_LOG set, each read appends its process id to that file.
 */
function countContentRead(): void {
  const log = settings().CONTENT_READ_LOG;
  if (log) appendFileSync(/* turbopackIgnore: true */ log, `${process.pid}\n`);
}

/** The content, and in `next dev` the version of the files it was read from. */
type SiteContent = ContentSet & { version?: string };

async function loadContentOrThrow(): Promise<SiteContent> {
  // Taken before the files are read: a save in between makes the version older than what the
  // page shows, which costs the live preview one refresh too many, never a missed save.
  const version = isDev() ? await contentVersion() : undefined;
  const content = await loadContent();
  countContentRead();
  if (content.problems.length > 0) throw new ContentValidationError(content.problems);
  return { ...content, version };
}

/**
 * In production the files cannot change, so one read serves every page the process renders.
 * In development each request reads afresh, so a saved file shows on the next load.
 */
let productionContent: Promise<SiteContent> | undefined;

/** All validated content. Throws ContentValidationError, listing every problem, on bad content. */
export const getSiteContent = cache(async (): Promise<SiteContent> => {
  if (isDev()) return loadContentOrThrow();
  productionContent ??= loadContentOrThrow();
  return productionContent;
});

/**
 * For `generateStaticParams`, which decides what pages a route has. `next dev` calls it again
 * in the background now and then; had it thrown on broken content, Next would show its bare
 * error screen on the route's pages, without the site's error page and the live preview that
 * names the problem and recovers once it is fixed. So in development, while the content is
 * broken, the route lists `whileBroken` instead, and its pages fail (or are 404s) inside the
 * site's layout. A build with broken content still stops.
 */
export async function pagesOfRoute<Params>(
  list: () => Promise<Params[]>,
  whileBroken: () => Promise<Params[]> = async () => [],
): Promise<Params[]> {
  try {
    return await list();
  } catch (error) {
    if (isDev() && error instanceof ContentValidationError) return whileBroken();
    throw error;
  }
}

export const getHeroSlides = cache(async () => (await getSiteContent()).heroSlides);

/**
 * `next dev`: the version of the files this request's pages were rendered from (undefined when
 * the content is broken, and the page shows the problem instead), for the live preview.
 */
export const getContentVersion = cache(async (): Promise<string | undefined> => {
  try {
    return (await getSiteContent()).version;
  } catch (error) {
    if (error instanceof ContentValidationError) return undefined;
    throw error;
  }
});
