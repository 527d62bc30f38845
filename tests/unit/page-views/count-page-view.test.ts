import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPageView } from '@/lib/page-views/count-page-view';

const READER = {
  origin: 'http://localhost:3000',
  'user-agent':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'x-forwarded-for': '203.0.113.9',
};

describe('counting a page view when the database fails', () => {
  const environment = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
  afterEach(() => {
    Object.assign(process.env, environment);
    vi.restoreAllMocks();
  });

  it('still answers the page, and logs the failure with nothing about the reader', async () => {
    // A store whose file is read-only: every write is refused, with the file's name.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-views-'));
    const file = path.join(dataDir, 'newsletter.sqlite');
    writeFileSync(file, '');
    chmodSync(file, 0o444);
    process.env.DATA_DIR = dataDir;
    process.env.DATABASE_URL = '';
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => {
      logged.push(parts.map(String).join(' '));
    });

    const answer = await countPageView(
      {
        p: '/blog/the-gut-skin-axis',
        q: '?utm_campaign=launch&email=reader@example.com',
        r: 'https://mail.example/inbox/reader@example.com',
        w: '390',
      },
      new Headers(READER),
    );

    expect(answer).toEqual({ status: 204 });
    expect(logged).toEqual([expect.stringMatching(/^Page views: a view was not counted: /)]);
    for (const personal of ['203.0.113.9', 'Chrome/131', 'reader@example.com', 'mail.example'])
      expect(logged.join('\n')).not.toContain(personal);
  });
});
