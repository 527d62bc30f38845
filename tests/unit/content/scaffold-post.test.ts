import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parsePostFile, scaffoldPost, slugFromTitle, formatProblem } from '@/lib/content';

const run = promisify(execFile);

describe('slugFromTitle', () => {
  it.each([
    [
      'The Gut-Skin Axis: A Constant Conversation in your body',
      'the-gut-skin-axis-a-constant-conversation-in-your-body',
    ],
    ['Café Culture & Fizz!', 'cafe-culture-and-fizz'],
    ['  10 Tips -- for   Glow  ', '10-tips-for-glow'],
    ['日本茶', ''],
  ])('%s -> %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });
});

describe('scaffoldPost', () => {
  it('writes a draft with valid front matter that the content check accepts', async () => {
    const scaffold = scaffoldPost({
      title: 'Why Fizz: "Quotes" & Colons',
      tags: ['Gut Health', ' Café Culture '],
      date: '2026-11-24',
    });
    if (!scaffold.ok) throw new Error(scaffold.message);
    expect(scaffold.slug).toBe('why-fizz-quotes-and-colons');
    const { post, problems } = await parsePostFile(
      `content/posts/${scaffold.slug}.md`,
      scaffold.source,
      { publicDir: 'public', today: '2026-11-24' },
    );
    expect(problems).toEqual([]);
    expect(post).toMatchObject({
      title: 'Why Fizz: "Quotes" & Colons',
      date: '2026-11-24',
      draft: true,
      tags: [{ name: 'Gut Health' }, { name: 'Café Culture' }],
    });
  });

  it('cannot be published until its stand-in summary and text are replaced', async () => {
    const scaffold = scaffoldPost({ title: 'Too Soon', tags: ['Gut Health'], date: '2026-11-24' });
    if (!scaffold.ok) throw new Error(scaffold.message);
    const published = scaffold.source.replace('draft: true', 'draft: false');
    const { post, problems } = await parsePostFile('content/posts/too-soon.md', published, {
      publicDir: 'public',
      today: '2026-11-24',
    });
    expect(post).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([
      'content/posts/too-soon.md: summary, line 4: expected your own summary before publishing, got the text npm run new:post put there',
      'content/posts/too-soon.md: body: expected your own text before publishing, got "Start writing here." from npm run new:post',
    ]);
  });

  it('explains what is missing or wrong', () => {
    expect(scaffoldPost({ title: ' ', tags: ['A'], date: '2026-01-01' })).toEqual({
      ok: false,
      message: 'Give the post a title: npm run new:post -- "The Title"',
    });
    expect(scaffoldPost({ title: 'A', tags: [' ', ''], date: '2026-01-01' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/at least one tag/),
    });
    expect(scaffoldPost({ title: '日本茶', tags: ['A'], date: '2026-01-01' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/--slug/),
    });
    expect(
      scaffoldPost({ title: 'A', tags: ['A'], date: '2026-01-01', slug: 'Bad Slug' }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/lowercase words/) });
  });
});

describe('npm run new:post', () => {
  it('creates the file, prints its path and preview URL, and never overwrites', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glowpop-new-post-'));
    const newPost = (...args: string[]) =>
      run('npm', ['run', '--silent', 'new:post', '--', ...args], {
        env: { ...process.env, CONTENT_DIR: dir },
      });
    const { stdout } = await newPost('Morning Rituals', '--tags', 'Wellness Rituals');
    expect(stdout).toContain('posts/morning-rituals/index.md');
    expect(stdout).toMatch(/Preview: http:\/\/\S+\/blog\/morning-rituals/);
    expect(stdout).toContain('Put its images beside it, in');
    const file = path.join(dir, 'posts', 'morning-rituals', 'index.md');
    const written = readFileSync(file, 'utf8');
    await expect(newPost('Morning Rituals', '--tags', 'Other')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(
        /morning-rituals\/index\.md already exists, and it is never overwritten/,
      ),
    });
    expect(readFileSync(file, 'utf8')).toBe(written);
    // A single-file post of that name blocks it too.
    writeFileSync(path.join(dir, 'posts', 'old-layout.md'), 'kept as it is');
    await expect(newPost('Old Layout', '--tags', 'Sleep')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/old-layout\.md already exists/),
    });
    expect(readFileSync(path.join(dir, 'posts', 'old-layout.md'), 'utf8')).toBe('kept as it is');
  }, 30_000);
});
