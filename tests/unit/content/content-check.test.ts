import { execFile } from 'node:child_process';
import { mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { contentSet, post, validFrontMatter } from '../content-set';

const run = promisify(execFile);

/** Runs `npm run content:check` exactly as editors do, against a given content folder. */
async function contentCheck(
  dir: string,
  options: string[] = [],
  environment: Record<string, string> = {},
) {
  try {
    const args = [
      'run',
      '--silent',
      'content:check',
      ...(options.length ? ['--', ...options] : []),
    ];
    const { stdout, stderr } = await run('npm', args, {
      env: { ...process.env, CONTENT_DIR: dir, ...environment },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run content:check', () => {
  it('passes a valid content set and says what it checked', async () => {
    const dir = await contentSet({
      'one.md': post(validFrontMatter),
      'two.md': post({ ...validFrontMatter, title: 'Two', draft: 'true' }),
      'three.md': post({ ...validFrontMatter, title: 'Three', date: '2999-01-01' }),
    });
    const result = await contentCheck(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/✓ 3 posts OK \(1 published, 1 draft, 1 scheduled\)/);
    expect(result.stdout).toMatch(
      /posts\/three\.md: scheduled, goes live with the first build on 2999-01-01/,
    );
    expect(result.stdout).toMatch(
      /posts\/two\.md: draft, not published until "draft: true" is removed/,
    );
  }, 20_000);

  it('says when the last build was made, and which due posts it holds back', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const dir = await contentSet({
      'old.md': post({ ...validFrontMatter, title: 'Old', date: '2025-01-01' }),
      'due.md': post({ ...validFrontMatter, title: 'Due', date: today }),
    });
    const build = await mkdtemp(path.join(tmpdir(), 'glowpop-build-'));
    await writeFile(path.join(build, 'BUILD_ID'), 'test');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(path.join(build, 'BUILD_ID'), twoDaysAgo, twoDaysAgo);
    const result = await contentCheck(dir, [], { NEXT_DIST_DIR: build });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `The last production build here (${build}) was made ${twoDaysAgo.toISOString()}.`,
    );
    expect(result.stdout).toMatch(
      new RegExp(
        `posts/due\\.md: due on ${today}, after that build was made; it goes live with the next one`,
      ),
    );
    expect(result.stdout).not.toMatch(/posts\/old\.md: due/);
  }, 20_000);

  it('fails on warnings only with --strict', async () => {
    const dir = await contentSet({
      'one.md': post({ ...validFrontMatter, draft: 'true', date: '2999-01-01' }),
    });
    const relaxed = await contentCheck(dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stderr).toMatch(
      /⚠ .*posts\/one\.md: draft, line 6: expected either a draft or a date/,
    );
    const strict = await contentCheck(dir, ['--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /⚠ .*posts\/one\.md: draft, line 6: expected either a draft or a date/,
    );
    expect(strict.stderr).toContain('✗ 1 warning in 1 file');
    expect(strict.stderr).toContain('--strict fails on warnings');
  }, 20_000);

  it('warns, without failing, about a title or description too long for search results', async () => {
    const dir = await contentSet({
      'long.md': post({
        ...validFrontMatter,
        title: 'A Title That Goes On and On Well Past What a Search Result Shows',
        description: `${'A description that is far too long. '.repeat(5)}`,
      }),
    });
    const result = await contentCheck(dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'posts/long.md: title, line 2: expected at most 60 characters to show whole in search results, got 64',
    );
    expect(result.stderr).toMatch(
      /⚠ .*posts\/long\.md: description, line 6: expected at most 160 .*, got 17\d/,
    );
    expect(result.stdout).toContain('with 2 warnings above');
  }, 20_000);

  it('prints every problem with file and field, and exits 1', async () => {
    const dir = await contentSet({
      'x.md': post({ ...validFrontMatter, date: 'tomorrow' }),
      'y.md': post({ ...validFrontMatter, tags: undefined }),
    });
    const result = await contentCheck(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'posts/x.md: date, line 3: expected YYYY-MM-DD, got "tomorrow"',
    );
    expect(result.stderr).toContain('posts/y.md: tags: expected a list of tags');
    expect(result.stderr).toContain('2 problems in 2 files');
    // Grouped: a blank line between files, and a pointer to the editors' guide.
    expect(result.stderr).toMatch(/got "tomorrow"\n\n.*posts\/y\.md: tags/);
    expect(result.stderr).toContain('content/README.md');
  }, 20_000);
});
