import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';
import { site } from '@/lib/site';
import { contentSet, post, validFrontMatter } from '../content-set';

/** Problems and warnings of a content set, each from `posts/` on (paths are absolute here). */
async function findings(files: Record<string, string>, context: { publicDir?: string } = {}) {
  const { problems, warnings } = await loadContent(await contentSet(files), {
    today: '2026-06-01',
    ...context,
  });
  const shown = (list: typeof problems) =>
    list
      .map(formatProblem)
      .map((line) => line.replaceAll(/\/\S*?\/posts\//g, 'posts/'))
      .map((line) => line.slice(line.indexOf('posts/')));
  return { problems: shown(problems), warnings: shown(warnings) };
}

const TOP = '---\ndate: 2025-01-02\nsummary: A short summary.\n';

describe('YAML mistakes, worded as the fix, at the line that holds them', () => {
  it.each([
    [
      'a colon in a value',
      `---\ntitle: Matcha: the truth\ndate: 2025-01-02\nsummary: S.\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: title, line 2: expected quotes around a value that contains a colon, got "title: Matcha: the truth" (put the title in quotes: title: 'Matcha: the truth')`,
    ],
    [
      'a colon further down, with an apostrophe to keep',
      `${TOP}title: Matcha's secret: calm\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: title, line 4: expected quotes around a value that contains a colon, got "title: Matcha's secret: calm" (put the title in quotes: title: 'Matcha''s secret: calm')`,
    ],
    [
      'a tab at the start of a line',
      `${TOP}title: T\ntags:\n\t- Skin Health\n---\n\nBody.\n`,
      'posts/x.md: front matter, line 6: expected spaces at the start of the line, got a tab (line 6 starts with a tab; use spaces instead)',
    ],
    [
      'list items out of line',
      `${TOP}title: T\ntags:\n  - Skin\n - Gut\n---\n\nBody.\n`,
      'posts/x.md: front matter, line 7: expected the items of a list lined up under each other, got " - Gut" (start line 7 with 2 spaces before the -, as on line 6)',
    ],
    [
      'a field indented under another',
      `---\ntitle: T\n  date: 2025-01-02\nsummary: S.\ntags: [Skin]\n---\n\nBody.\n`,
      'posts/x.md: front matter, line 3: expected each field at the start of its line, got "  date: 2025-01-02" (remove the spaces at the start of line 3)',
    ],
    [
      'a quote that is never closed',
      `---\ntitle: "Matcha the truth\ndate: 2025-01-02\nsummary: S.\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: title, line 2: expected the value to end with the " it starts with, on the same line, got "title: \\"Matcha the truth" (add " at the end of line 2)`,
    ],
    [
      'a list written on the field’s own line',
      `${TOP}title: T\ntags: - Skin Health\n---\n\nBody.\n`,
      'posts/x.md: tags, line 5: expected a list in brackets, or one "  - item" per line below "tags:", got "tags: - Skin Health" (write tags: [Skin Health])',
    ],
    [
      'a value starting with @',
      `${TOP}title: @glowpop tips\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: title, line 4: expected quotes around a value that starts with @, got "title: @glowpop tips" (put the title in quotes: title: '@glowpop tips')`,
    ],
    [
      'a # that starts a comment',
      `${TOP}title: #1 tip for glow\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: title, line 4: expected a title, got an empty value (YAML reads # as the start of a comment; put the title in quotes: title: '#1 tip for glow')`,
    ],
    [
      'a list written as text',
      `${TOP}title: T\ntags: Skin Health, Gut Health\n---\n\nBody.\n`,
      'posts/x.md: tags, line 5: expected a list of tags, e.g. [Skin Health, Gut Health], got "Skin Health, Gut Health" (write it as a list: tags: [Skin Health, Gut Health])',
    ],
    [
      'an apostrophe inside single quotes',
      `${TOP}title: 'Don't panic'\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: title, line 4: expected a quoted value with no ' inside it, or that ' written twice, got "title: 'Don't panic'" (write title: "Don't panic")`,
    ],
    [
      'a mistake after a block summary whose text has a colon in it',
      `---\ntitle: T\ndate: 2025-01-02\nsummary: >-\n  Tip: drink it cold.\n  More.\nauthor: 'Don't'\ntags: [Skin]\n---\n\nBody.\n`,
      `posts/x.md: author, line 7: expected a quoted value with no ' inside it, or that ' written twice, got "author: 'Don't'" (write author: "Don't")`,
    ],
    [
      'a quote never closed, in a file saved with Windows line ends',
      `---\r\ntitle: "Matcha the truth\r\ndate: 2025-01-02\r\nsummary: S.\r\ntags: [Skin]\r\n---\r\n\r\nBody.\r\n`,
      `posts/x.md: title, line 2: expected the value to end with the " it starts with, on the same line, got "title: \\"Matcha the truth" (add " at the end of line 2)`,
    ],
    [
      'a mistake below a valid title in quotes over two lines',
      `---\ntitle: "A long\n  title"\ndate: 2025-01-02\nsummary: S.\ntags: - Skin\n---\n\nBody.\n`,
      'posts/x.md: tags, line 6: expected a list in brackets, or one "  - item" per line below "tags:", got "tags: - Skin" (write tags: [Skin])',
    ],
  ])('%s', async (_case, source, message) => {
    expect((await findings({ 'x.md': source })).problems).toEqual([message]);
  });
});

describe('the body', () => {
  it('a heading that skips a level', async () => {
    const body = '## Start\n\nText.\n\n#### Too deep\n\nMore.\n\n### Fine\n';
    expect((await findings({ 'x.md': post(validFrontMatter, body) })).problems).toEqual([
      'posts/x.md: body, line 12: expected each heading at most one level below the one before it (### after ##), got "#### Too deep" (make it ###; screen readers list headings by level, and a skipped one looks like a missing section)',
    ]);
  });

  it('links to pages, tags and headings that do not exist, between posts too', async () => {
    const target = post({ ...validFrontMatter, title: 'Target' }, '## Real Heading\n\nText.\n');
    const body = [
      '## Links',
      '',
      '[a](/blog/no-such-post) [b](/blog/tag/no-such-tag) [c](#no-such-heading)',
      '',
      '[d](/blog/target#real-headin) [e](/blog/targte) [f](/nowhere) [g](/blog/page/9)',
      '',
      '[ok](/blog/target#real-heading) [ok](#links) [ok](/) [ok](/blog) [ok](/privacy)',
      '[ok](/feed.xml) [ok](/blog/tag/skin-health) [ok](https://example.com) [ok](/sitemap.xml)',
      '[ok](/images/hero/peach-glow.svg) [ok](/blog/tag/skin-health/feed.xml) [ok](/favicon.ico)',
      '[ok](/blog/target/og.png) [ok](/blog/target/?utm_source=x) [page 1 is /blog](/blog/page/1)',
    ].join('\n');
    const { problems } = await findings(
      {
        'x.md': post({ ...validFrontMatter, title: 'Linker' }, body),
        'target.md': target,
      },
      { publicDir: path.join(process.cwd(), 'public') },
    );
    expect(problems).toEqual([
      'posts/x.md: body, line 10, link: expected a link to a post that exists, got "/blog/no-such-post" (no post has the slug "no-such-post")',
      'posts/x.md: body, line 10, link: expected a link to a tag that posts live alongside this one have, got "/blog/tag/no-such-tag" (no such post has the tag "no-such-tag")',
      'posts/x.md: body, line 10, link: expected a link to a heading of this post, got "#no-such-heading" (no heading has the id "no-such-heading"; a heading’s id is its text in lowercase, with hyphens for spaces)',
      'posts/x.md: body, line 12, link: expected a link to a heading of posts/target.md, got "/blog/target#real-headin" (no heading has the id "real-headin"; did you mean #real-heading?)',
      'posts/x.md: body, line 12, link: expected a link to a post that exists, got "/blog/targte" (no post has the slug "targte"; did you mean /blog/target?)',
      'posts/x.md: body, line 12, link: expected a link to a page of this site, got "/nowhere" (no page or file has that address; links to posts look like /blog/<slug>)',
      'posts/x.md: body, line 12, link: expected a link to a page of the list that exists, got "/blog/page/9" (the list has 1 page, and page 1 is /blog itself)',
      'posts/x.md: body, line 17, link: expected a link to a page of the list that exists, got "/blog/page/1" (the list has 1 page, and page 1 is /blog itself)',
    ]);
  });

  it('reference links and full addresses of this site are checked too', async () => {
    const own = new URL(site.url).origin;
    const body = [
      '[c][ref] [d](https://example.com/blog/anything) [h](relative-links-are-not-checked)',
      `[e](${own}/blog/other-post#intro) [f](${own}/blog/gone) [g](mailto:hello@glowpop.example)`,
      '',
      '[ref]: /blog/nowhere',
    ].join('\n');
    const { problems } = await findings({
      'x.md': post({ ...validFrontMatter, title: 'X' }, body),
      'other-post.md': post({ ...validFrontMatter, title: 'Other' }, '## Intro\n\nText.\n'),
    });
    expect(problems).toEqual([
      `posts/x.md: body, line 9, link: expected a link to a post that exists, got "${own}/blog/gone" (no post has the slug "gone")`,
      'posts/x.md: body, line 11, link: expected a link to a post that exists, got "/blog/nowhere" (no post has the slug "nowhere")',
    ]);
  });

  it('odd links are reported, never a crash: bad percent-encoding, a path to another site', async () => {
    const { problems } = await findings({
      'x.md': post({ ...validFrontMatter, title: 'X' }, '[a](/blog/100%) [b](/\\evil.example/x)\n'),
    });
    expect(problems).toEqual([
      'posts/x.md: body, line 8, link: expected a link to a post that exists, got "/blog/100%" (no post has the slug "100%")',
      'posts/x.md: body, line 8, link: expected a link to a page of this site, got "/\\\\evil.example/x" (write a link to another site in full, with https://)',
    ]);
  });

  it('a link is judged by what is live when its post is: scheduled to scheduled, a draft to its own tag', async () => {
    const { problems, warnings } = await findings({
      'soon.md': post(
        { ...validFrontMatter, title: 'S', date: '2026-07-01' },
        '[a](/blog/later)\n',
      ),
      'later.md': post({ ...validFrontMatter, title: 'L', date: '2026-08-01' }),
      'idea.md': post(
        { ...validFrontMatter, title: 'I', draft: 'true', tags: '[Brand New]' },
        '[b](/blog/tag/brand-new) [c](/blog/soon)\n',
      ),
      'live.md': post({ ...validFrontMatter, title: 'Live' }, '[d](/blog/idea)\n'),
    });
    expect(problems).toEqual([
      'posts/live.md: body, line 8, link: expected a link to a post that is live when this one is, got "/blog/idea" (posts/idea.md is a draft, so the link would lead to a page that does not exist)',
    ]);
    expect(warnings).toEqual([]);
  });

  it('a link to a renamed post’s old address works (it redirects), with a warning', async () => {
    const { problems, warnings } = await findings({
      'x.md': post({ ...validFrontMatter, title: 'X' }, '[a](/blog/old-name)\n'),
      'new-name.md': post({ ...validFrontMatter, title: 'N', aliases: '[old-name]' }),
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      'posts/x.md: body, line 8, link: expected a link to the post’s current address, got "/blog/old-name" ("old-name" is an old address of posts/new-name.md; it redirects, but link to /blog/new-name)',
    ]);
  });

  it('a link from a published post to a draft is a problem, to a scheduled post a warning', async () => {
    const { problems, warnings } = await findings({
      'x.md': post({ ...validFrontMatter, title: 'X' }, '[a](/blog/draft) [b](/blog/later)\n'),
      'draft.md': post({ ...validFrontMatter, title: 'D', draft: 'true' }),
      'later.md': post({ ...validFrontMatter, title: 'L', date: '2026-07-01' }),
    });
    expect(problems).toEqual([
      'posts/x.md: body, line 8, link: expected a link to a post that is live when this one is, got "/blog/draft" (posts/draft.md is a draft, so the link would lead to a page that does not exist)',
    ]);
    expect(warnings).toEqual([
      'posts/x.md: body, line 8, link: expected a link to a post that is live when this one is, got "/blog/later" (posts/later.md is scheduled, so the link leads nowhere until it goes live)',
    ]);
  });
});

describe('across files', () => {
  it('two published posts with one title', async () => {
    const { problems } = await findings({
      'a.md': post({ ...validFrontMatter, title: 'Glow Up' }),
      'b.md': post({ ...validFrontMatter, title: 'glow up' }),
      'c.md': post({ ...validFrontMatter, title: 'Glow Up', draft: 'true' }),
    });
    expect(problems).toEqual([
      'posts/b.md: title, line 2: expected a title no other published or scheduled post has, got "glow up", the title of posts/a.md (readers and search results could not tell the two apart)',
    ]);
  });

  it('a new tag close to an existing one is a warning, not a problem', async () => {
    const { problems, warnings } = await findings({
      'a.md': post({ ...validFrontMatter, title: 'A', tags: '[Skin Health]' }),
      'b.md': post({ ...validFrontMatter, title: 'B', tags: '[Skin Health]' }),
      'c.md': post({ ...validFrontMatter, title: 'C', tags: '[Skin Heath]' }),
      'd.md': post({ ...validFrontMatter, title: 'D', tags: '[Sleep]' }),
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      'posts/c.md: tags, line 5: expected a tag other posts use, or a new one on purpose, got "Skin Heath", a new tag on this post only (did you mean "Skin Health", used by 2 posts? A new tag is fine if you meant it)',
    ]);
  });

  it('a draft dated in the future will not go live on its date: a warning', async () => {
    const { warnings } = await findings({
      'a.md': post({ ...validFrontMatter, draft: 'true', date: '2026-09-01' }),
    });
    expect(warnings).toEqual([
      'posts/a.md: draft, line 6: expected either a draft or a date to go live on, got draft: true with the future date 2026-09-01 (it will not go live on 2026-09-01 while it is a draft; remove "draft: true" to schedule it)',
    ]);
  });

  it('one problem never hides another: a broken file still has its tags, title and links checked', async () => {
    const { problems } = await findings({
      'a.md': post({ ...validFrontMatter, title: 'Same', tags: '[Gut Health]' }),
      'b.md': post(
        { ...validFrontMatter, title: 'Same', tags: '[Gut health]', colour: 'pink' },
        '## Hi\n\n[x](/blog/missing)\n',
      ),
    });
    expect(problems).toEqual([
      expect.stringMatching(/^posts\/b\.md: colour, line 6: expected a known field/),
      'posts/b.md: title, line 2: expected a title no other published or scheduled post has, got "Same", the title of posts/a.md (readers and search results could not tell the two apart)',
      'posts/b.md: tags, line 5: expected one spelling per tag, "Gut Health" as in posts/a.md, got "Gut health"',
      'posts/b.md: body, line 11, link: expected a link to a post that exists, got "/blog/missing" (no post has the slug "missing")',
    ]);
  });

  it('a slug two files claim names both, and the newer one to rename, whatever else is wrong', async () => {
    const dir = await contentSet({ 'same.md': post({ ...validFrontMatter, title: 'Live' }) });
    // A later birth time: the file an editor adds while the other is live.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await mkdir(path.join(dir, 'posts', '2025'));
    await writeFile(
      path.join(dir, 'posts', '2025', 'same.md'),
      post({ ...validFrontMatter, title: 'New', date: 'soon' }),
    );
    const { problems } = await loadContent(dir, { today: '2026-06-01' });
    expect(problems.map(formatProblem).map((line) => line.replaceAll(dir, ''))).toEqual([
      '/posts/2025/same.md: date, line 3: expected YYYY-MM-DD, got "soon"',
      '/posts/same.md: file name: expected a slug no other post uses, got "same", also claimed by the newer /posts/2025/same.md (this file is the older one: rename /posts/2025/same.md, not this file)',
      '/posts/2025/same.md: file name: expected a slug no other post uses, got "same", already the slug of /posts/same.md, the older file (rename this file, the newer one, so /posts/same.md keeps its address)',
    ]);
  });
});
