import { appendFileSync } from 'node:fs';
import { cache } from 'react';
import { ContentValidationError } from './errors';
import { loadContent, type ContentSet } from './load-content';

export const isDev = () => process.env.NODE_ENV === 'development';

/**
 * The benchmark counts how often a build reads and parses the content (it should be once, not
 * once per page): with CONTENT_READ_LOG set, each read appends its process id to that file.
 */
function countContentRead(): void {
  const log = process.env.CONTENT_READ_LOG;
  if (log) appendFileSync(/* turbopackIgnore: true */ log, `${process.pid}\n`);
}

async function loadContentOrThrow(): Promise<ContentSet> {
  const content = await loadContent();
  countContentRead();
  if (content.problems.length > 0) throw new ContentValidationError(content.problems);
  return content;
}

/**
 * In production the files cannot change, so one read serves every page the process renders.
 * In development each request reads afresh, so a saved file shows on the next load.
 */
let productionContent: Promise<ContentSet> | undefined;

/** All validated content. Throws ContentValidationError, listing every problem, on bad content. */
export const getSiteContent = cache(async (): Promise<ContentSet> => {
  if (isDev()) return loadContentOrThrow();
  productionContent ??= loadContentOrThrow();
  return productionContent;
});

export const getHeroSlides = cache(async () => (await getSiteContent()).heroSlides);
