import path from 'node:path';
import { watch } from 'chokidar';
import { ContentValidationError, formatProblem } from './errors';
import { contentDir, contentVersion } from './content-folder';
import { publicPostImagesDir } from './image-types';
import { loadContent } from './load-content';
import { contentPagePaths, postPath } from './paths';

/**
 * What the editor's open page needs to know: content is fine, or the message to show; the
 * warnings, worded as `content:check` prints them; and the version of the files it was read
 * from (contentVersion), to compare with the page's own.
 */
export type ContentStatus = { version: string; warnings: string[] } & (
  { ok: true } | { ok: false; message: string }
);

/** The content's status now, and the article and tag pages it makes (drafts included). */
export async function checkContent(): Promise<{ status: ContentStatus; pages: Set<string> }> {
  // Taken before the files are read, as for pages (getContentVersion): a save in between costs
  // one refresh too many, never a missed one.
  const version = await contentVersion();
  const { posts, problems, warnings: found } = await loadContent();
  const pages = contentPagePaths(posts);
  // A renamed post's old address redirects: `next dev` must know it as a page as well.
  for (const post of posts) for (const alias of post.aliases) pages.add(postPath(alias));
  const warnings = found.map(formatProblem);
  const status: ContentStatus =
    problems.length === 0
      ? { ok: true, version, warnings }
      : // The message the build and `content:check` give, word for word.
        { ok: false, message: new ContentValidationError(problems).message, version, warnings };
  return { status, pages };
}

/**
 * `next dev` answers a route's pages from a list it refreshes only after a request to that
 * route, so a new post's first visit would be a 404. Asking for each new page until it answers
 * refreshes the list before the editor follows a link to it.
 */
export async function waitUntilServed(
  pages: Iterable<string>,
  origin: string,
  { attempts = 40, intervalMs = 100 } = {},
): Promise<void> {
  for (const page of pages) {
    for (let attempt = 0; attempt < attempts; attempt++) {
      if ((await servedStatus(new URL(page, origin))) !== 404) break;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

/**
 * The page's status, or 404 while the dev server cannot answer: it drops connections while it
 * recompiles, and a thrown error here would stop the live preview until the page is reloaded.
 */
async function servedStatus(url: URL): Promise<number> {
  try {
    const response = await fetch(url, { redirect: 'manual', cache: 'no-store' });
    // Read to the end: Next's fetch tees the body, and cancelling one branch never settles.
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 404;
  }
}

/** Editors save in bursts (an editor's temp file, then the file): wait for the burst to end. */
const SETTLE_MS = 80;

/**
 * Calls `onChange` once a burst of saves under the content folder or the posts' image folder
 * has settled; `ready` resolves once every file is watched, so no save goes unseen after it.
 * chokidar, not `fs.watch`: editors that save by writing a new file and renaming it over the old
 * one (vim, many IDEs) leave Node's own recursive watcher on Linux watching a file that no
 * longer exists.
 */
export function watchContent(onChange: () => void): { ready: Promise<void>; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const publicImages = publicPostImagesDir(path.join(process.cwd(), 'public'));
  const watcher = watch([contentDir(), publicImages], {
    ignoreInitial: true,
  }).on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  });
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    stop: () => {
      clearTimeout(timer);
      void watcher.close();
    },
  };
}
