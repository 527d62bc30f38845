import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const distDir = '.next-broken-content';

describe('next build with broken front matter', () => {
  it('fails, naming the file and the field of every problem', () => {
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
        'tests/fixtures/broken-content/posts/bad-date.md: date, line 3: expected YYYY-MM-DD, got "tomorrow"',
      );
      const missingImage = 'tests/fixtures/broken-content/posts/missing-image.md';
      expect(output).toContain(
        `${missingImage}: image, line 6: expected a file at public/images/posts/missing-image/cover.jpg, got no such file`,
      );
      expect(output).toContain(
        `${missingImage}: body, line 12, image: expected a description of the image`,
      );
      expect(output).toContain(
        `${missingImage}: body, line 12, image: expected an image in public/images/posts/missing-image/, got "/images/hero/peach-glow.svg"`,
      );
    } finally {
      rmSync(distDir, { recursive: true, force: true });
    }
  }, 240_000);
});
