import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const distDir = '.next-broken-content';

describe('next build with broken front matter', () => {
  it('fails, naming the file and the field', () => {
    try {
      const result = spawnSync('npx', ['next', 'build'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          CONTENT_DIR: 'tests/fixtures/broken-content',
          NEXT_DIST_DIR: distDir,
          NEXT_TELEMETRY_DISABLED: '1',
        },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain(
        'tests/fixtures/broken-content/posts/bad-date.md: date: expected YYYY-MM-DD, got "tomorrow"',
      );
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
  }, 240_000);
});
