/**
 * How the build scales with the number of posts: for each size, generated realistic posts in a
 * temporary content folder, `content:check`'s time, `next build`'s wall time and the peak
 * memory of its whole process tree, the size of what it writes, and how many times the content
 * was read and parsed (once per process that needs it, never once per page).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePosts } from './generate-posts';
import { measureCommand } from './support/processes';

export type BuildScaleResult = {
  posts: number;
  contentCheckSeconds: number;
  buildSeconds: number;
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

export async function measureBuildScale(sizes: number[]): Promise<BuildScaleResult[]> {
  const results: BuildScaleResult[] = [];
  for (const posts of sizes) {
    const contentDir = path.join(tmpdir(), `glowpop-bench-${posts}-posts`);
    const distDir = `.next-bench-${posts}`;
    const readLog = path.join(tmpdir(), `glowpop-bench-reads-${posts}.log`);
    generatePosts(contentDir, posts);
    rmSync(readLog, { force: true });
    try {
      const check = await measureCommand('node', ['--import', 'tsx', 'scripts/content-check.mts'], {
        CONTENT_DIR: contentDir,
      });
      const build = await measureCommand('npx', ['next', 'build'], {
        CONTENT_DIR: contentDir,
        NEXT_DIST_DIR: distDir,
        CONTENT_READ_LOG: readLog,
      });
      const outputBytes = folderBytes(path.join(distDir, 'server', 'app'));
      results.push({
        posts,
        contentCheckSeconds: check.wallMs / 1000,
        buildSeconds: build.wallMs / 1000,
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
    }
  }
  return results;
}
