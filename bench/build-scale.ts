/**
 * How the build scales with the number of posts: for each size, generated realistic posts in a
 * temporary content folder, `content:check`'s time with an empty and with a filled parse cache,
 * a cold `npm run build` (`next build` and its last step; a fresh build folder and an empty parse cache: a first publish) with its
 * phases from Next's own trace, the peak memory of its whole process tree, the size of what it
 * writes, and how many times the content was read and parsed (once per process that needs it,
 * never once per page).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePosts } from './generate-posts';
import { measureCommand } from './support/processes';

/** Where a build's time went, from the spans Next writes to `<distDir>/trace`. */
export type BuildPhases = {
  compileSeconds: number;
  /** "Collecting page data": loading the content and listing every page. */
  collectSeconds: number;
  /** "Generating static pages": rendering and writing each page. */
  generateSeconds: number;
};

export type BuildScaleResult = {
  posts: number;
  /** With an empty parse cache: every post parsed. */
  contentCheckSeconds: number;
  /** Run again, nothing changed: every post from the parse cache. */
  contentCheckWarmSeconds: number;
  buildSeconds: number;
  phases: BuildPhases;
  peakMemoryMiB: number;
  /** Prerendered pages and their data (server/app), the part that grows with the posts. */
  outputMiB: number;
  outputKiBPerPost: number;
  contentReads: number;
};

function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

function buildPhases(distDir: string): BuildPhases {
  const spans = readFileSync(path.join(distDir, 'trace'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => JSON.parse(line) as { name: string; duration: number }[]);
  const seconds = (name: string) =>
    Number(((spans.find((span) => span.name === name)?.duration ?? 0) / 1e6).toFixed(1));
  return {
    compileSeconds: seconds('run-turbopack'),
    collectSeconds: seconds('static-check'),
    generateSeconds: seconds('static-generation'),
  };
}

export async function measureBuildScale(sizes: number[]): Promise<BuildScaleResult[]> {
  const results: BuildScaleResult[] = [];
  for (const posts of sizes) {
    const contentDir = path.join(tmpdir(), `glowpop-bench-${posts}-posts`);
    const distDir = `.next-bench-${posts}`;
    const readLog = path.join(tmpdir(), `glowpop-bench-reads-${posts}.log`);
    const checkCache = path.join(tmpdir(), `glowpop-bench-cache-${posts}`);
    const buildCache = path.join(tmpdir(), `glowpop-bench-build-cache-${posts}`);
    generatePosts(contentDir, posts);
    rmSync(readLog, { force: true });
    for (const cache of [checkCache, buildCache]) rmSync(cache, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
    const check = () =>
      measureCommand('node', ['--import', 'tsx', 'scripts/content-check.mts'], {
        CONTENT_DIR: contentDir,
        CONTENT_CACHE_DIR: checkCache,
      });
    try {
      const cold = await check();
      const warm = await check();
      const build = await measureCommand('npm', ['run', 'build'], {
        CONTENT_DIR: contentDir,
        CONTENT_CACHE_DIR: buildCache,
        NEXT_DIST_DIR: distDir,
        CONTENT_READ_LOG: readLog,
      });
      const outputBytes = folderBytes(path.join(distDir, 'server', 'app'));
      results.push({
        posts,
        contentCheckSeconds: cold.wallMs / 1000,
        contentCheckWarmSeconds: warm.wallMs / 1000,
        buildSeconds: build.wallMs / 1000,
        phases: buildPhases(distDir),
        peakMemoryMiB: Math.round(build.peakRssBytes / 2 ** 20),
        outputMiB: Number((outputBytes / 2 ** 20).toFixed(1)),
        outputKiBPerPost: Number((outputBytes / 1024 / posts).toFixed(1)),
        contentReads: existsSync(readLog)
          ? readFileSync(readLog, 'utf8').split('\n').filter(Boolean).length
          : 0,
      });
    } finally {
      rmSync(contentDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
      rmSync(readLog, { force: true });
      for (const cache of [checkCache, buildCache]) rmSync(cache, { recursive: true, force: true });
    }
  }
  return results;
}
