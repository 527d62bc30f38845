/**
 * The editor's loop: in `next dev`, the time from saving a markdown file to the open page
 * showing the change (live preview, components/dev/ContentLiveReload.tsx).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { freePort, startServer } from './support/processes';

export type DevLoopResult = { saves: number; medianMs: number; maxMs: number };

export async function measureDevLoop(saves: number): Promise<DevLoopResult> {
  const contentDir = mkdtempSync(path.join(tmpdir(), 'glowpop-bench-dev-'));
  cpSync('content', contentDir, { recursive: true });
  const file = path.join(contentDir, 'posts', 'what-are-prebiotics.md');
  const original = readFileSync(file, 'utf8');
  const port = await freePort();
  const server = await startServer(
    'npx',
    ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(port)],
    { url: `http://127.0.0.1:${port}`, env: { CONTENT_DIR: contentDir } },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/blog/what-are-prebiotics`);
    await page
      .getByRole('status')
      .filter({ hasText: 'Live preview' })
      .waitFor({ timeout: 120_000 });
    const times: number[] = [];
    for (let save = 1; save <= saves; save++) {
      const heading = `Saved edit number ${save}`;
      const started = performance.now();
      writeFileSync(file, original.replace(/^## .*$/m, `## ${heading}`));
      await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
      times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      saves,
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      maxMs: Math.round(sorted.at(-1) ?? 0),
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(contentDir, { recursive: true, force: true });
  }
}
