import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { contentSet, post, validFrontMatter } from '../content-set';

let cacheDir: string;
let publicDir: string;

beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(tmpdir(), 'glowpop-cache-'));
  publicDir = await mkdtemp(path.join(tmpdir(), 'glowpop-public-'));
  process.env.CONTENT_CACHE_DIR = cacheDir;
});
afterEach(() => {
  delete process.env.CONTENT_CACHE_DIR;
});

async function entries(): Promise<string[]> {
  const versions = await readdir(cacheDir);
  const files = await Promise.all(
    versions.map(async (version) =>
      (await readdir(path.join(cacheDir, version))).map((name) =>
        path.join(cacheDir, version, name),
      ),
    ),
  );
  return files.flat();
}

/** Rewrites every cached entry's title, so a load that uses the cache shows it. */
async function markEntries() {
  for (const entry of await entries()) {
    const cached = JSON.parse(await readFile(entry, 'utf8')) as Record<string, unknown>;
    await writeFile(entry, JSON.stringify({ ...cached, title: 'FROM THE CACHE' }));
  }
}

const titles = async (dir: string, today = '2026-11-24') =>
  (await loadContent(dir, { publicDir, today })).posts.map((parsed) => parsed.title);

describe('the parse cache', () => {
  it('serves an unchanged post from the cache, and parses it again once edited', async () => {
    const dir = await contentSet({ 'a-post.md': post(validFrontMatter) });
    expect(await titles(dir)).toEqual(['A Valid Post']);
    expect(await entries()).toHaveLength(1);
    await markEntries();
    expect(await titles(dir)).toEqual(['FROM THE CACHE']);

    await writeFile(
      path.join(dir, 'posts', 'a-post.md'),
      post({ ...validFrontMatter, title: 'Edited' }),
    );
    expect(await titles(dir)).toEqual(['Edited']);
  });

  it('parses again when a file in the post’s image folder is added or changed', async () => {
    const dir = await contentSet({ 'a-post.md': post(validFrontMatter) });
    await titles(dir);
    await markEntries();
    await mkdir(path.join(publicDir, 'images', 'posts', 'a-post'), { recursive: true });
    await writeFile(path.join(publicDir, 'images', 'posts', 'a-post', 'new.jpg'), 'not yet used');
    expect(await titles(dir)).toEqual(['A Valid Post']);
  });

  it('parses again on another day, so a scheduled post goes live on its date', async () => {
    const dir = await contentSet({
      'a-post.md': post({ ...validFrontMatter, date: '2026-12-01' }),
    });
    const statusOn = async (today: string) =>
      (await loadContent(dir, { publicDir, today })).posts.map((parsed) => parsed.status);
    expect(await statusOn('2026-11-24')).toEqual(['scheduled']);
    expect(await statusOn('2026-12-01')).toEqual(['published']);
  });

  it('never keeps a post with problems, so its messages stay current', async () => {
    const dir = await contentSet({
      'good.md': post(validFrontMatter),
      'broken.md': post({ ...validFrontMatter, date: 'someday' }),
    });
    for (let run = 0; run < 2; run++) {
      const { problems } = await loadContent(dir, { publicDir, today: '2026-11-24' });
      // (The banner's artwork is not in this test's empty public folder.)
      const postProblems = problems.filter((problem) => problem.file.endsWith('.md'));
      expect(postProblems.map((problem) => problem.field)).toEqual(['date, line 3']);
    }
    expect(await entries()).toHaveLength(1);
  });

  it('is off with CONTENT_CACHE=off', async () => {
    process.env.CONTENT_CACHE = 'off';
    try {
      const dir = await contentSet({ 'a-post.md': post(validFrontMatter) });
      await titles(dir);
      expect(await entries()).toEqual([]);
    } finally {
      delete process.env.CONTENT_CACHE;
    }
  });
});
