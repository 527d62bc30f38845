import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';
import { contentSet, post, validFrontMatter } from '../content-set';

async function problemsFor(files: Record<string, string>): Promise<string[]> {
  const dir = await contentSet(files);
  const { problems } = await loadContent(dir);
  // Paths are absolute outside the working directory; compare from posts/ on.
  return problems.map(formatProblem).map((line) => line.slice(line.indexOf('posts/')));
}

describe('a valid post', () => {
  it('parses every field, applies defaults and derives slug, tags, headings and reading time', async () => {
    const words = Array.from({ length: 500 }, (_, index) => `word${index}`).join(' ');
    const dir = await contentSet({
      'a-valid-post.md': post(
        { ...validFrontMatter, author: 'Ana', updated: '2025-02-01' },
        `## First Section\n\n${words}\n\n### A Detail\n\nMore.\n\n## First Section\n`,
      ),
    });
    const { posts, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(1);
    const [parsed] = posts;
    expect(parsed).toMatchObject({
      slug: 'a-valid-post',
      title: 'A Valid Post',
      date: '2025-01-02',
      updated: '2025-02-01',
      author: 'Ana',
      summary: 'A short summary.',
      category: 'Prebiotic Benefits',
      draft: false,
      tags: [
        { name: 'Skin Health', slug: 'skin-health' },
        { name: 'Gut Health', slug: 'gut-health' },
      ],
      wordCount: 507,
      readingMinutes: 3,
      headings: [
        { depth: 2, text: 'First Section', id: 'first-section' },
        { depth: 3, text: 'A Detail', id: 'a-detail' },
        { depth: 2, text: 'First Section', id: 'first-section-1' },
      ],
    });
    expect(parsed?.html).toContain(
      '<h2 id="first-section"><a href="#first-section">First Section</a></h2>',
    );
    expect(parsed?.html).toContain('<h2 id="first-section-1">');
  });

  it('keeps dates as written, whatever the time zone (no YAML timestamp conversion)', async () => {
    const dir = await contentSet({ 'a.md': post({ ...validFrontMatter, date: '2025-02-28' }) });
    const { posts } = await loadContent(dir);
    expect(posts[0]?.date).toBe('2025-02-28');
  });

  it('reads posts in sub-folders and lists them newest first, ties by slug', async () => {
    const dir = await contentSet({
      'old.md': post({ ...validFrontMatter, title: 'Old', date: '2024-01-01' }),
      '2025/new.md': post({ ...validFrontMatter, title: 'New', date: '2025-06-01' }),
      'b-same-day.md': post({ ...validFrontMatter, title: 'B', date: '2025-03-01' }),
      'a-same-day.md': post({ ...validFrontMatter, title: 'A', date: '2025-03-01' }),
    });
    const { posts, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.slug)).toEqual(['new', 'a-same-day', 'b-same-day', 'old']);
  });

  it('ignores hidden files such as editor swap files', async () => {
    const dir = await contentSet({ 'a.md': post(validFrontMatter), '.a.md.swp': 'junk' });
    expect((await loadContent(dir)).problems).toEqual([]);
  });
});

describe('invalid content is reported with file, field, expectation and what was found', () => {
  it.each([
    [
      'a date that is not YYYY-MM-DD',
      { date: 'tomorrow' },
      'posts/x.md: date, line 3: expected YYYY-MM-DD, got "tomorrow"',
    ],
    [
      'an impossible calendar date',
      { date: '2025-02-30' },
      'posts/x.md: date, line 3: expected a real calendar date as YYYY-MM-DD, got "2025-02-30"',
    ],
    ['a missing title', { title: undefined }, 'posts/x.md: title: expected a title, got nothing'],
    [
      'a title that is a number',
      { title: '2024' },
      'posts/x.md: title, line 2: expected a title, got 2024',
    ],
    [
      'an empty summary',
      { summary: '""' },
      'posts/x.md: summary, line 4: expected a one- or two-sentence summary, not empty text, got ""',
    ],
    [
      'tags written as text instead of a list',
      { tags: 'Skin Health' },
      'posts/x.md: tags, line 5: expected a list of tags, e.g. [Skin Health, Gut Health], got "Skin Health" (write it as a list: tags: [Skin Health])',
    ],
    [
      'an empty tag list',
      { tags: '[]' },
      'posts/x.md: tags, line 5: expected at least one tag, got a list ([])',
    ],
    [
      'a tag with no letters',
      { tags: '["!!"]' },
      'posts/x.md: tags, line 5, item 1: expected a tag name with at least one letter or digit, got "!!"',
    ],
    [
      'the same tag twice',
      { tags: '[Skin Health, skin health]' },
      'posts/x.md: tags, line 5, item 2: expected each tag once, but "Skin Health" is already listed, got "skin health"',
    ],
    [
      'an image without alt text',
      { image: '/images/posts/x/cover.jpg' },
      'posts/x.md: imageAlt: expected a description of the image, since `image` is set, got nothing',
    ],
    [
      'an update before the publish date',
      { updated: '2024-12-31' },
      'posts/x.md: updated, line 6: expected a date on or after `date`, got "2024-12-31"',
    ],
    [
      'draft that is not true or false',
      { draft: 'yes please' },
      'posts/x.md: draft, line 6: expected true or false, got "yes please"',
    ],
    [
      'an unknown field (a likely typo)',
      { summry: 'oops' },
      'posts/x.md: summry, line 6: expected a known field (title, date, summary, description, tags, category, updated, author, image, imageAlt, draft, aliases), got an unknown field (did you mean "summary"?)',
    ],
  ])('%s', async (_case, fields, message) => {
    expect(await problemsFor({ 'x.md': post({ ...validFrontMatter, ...fields }) })).toEqual([
      message,
    ]);
  });

  it('a list left open, at its line in the file', async () => {
    expect(await problemsFor({ 'x.md': '---\ntitle: ok\ntags: [unclosed\n---\nBody\n' })).toEqual([
      'posts/x.md: tags, line 3: expected a list that ends with ] on the line it starts, got "tags: [unclosed" (add ] at the end of line 3)',
    ]);
  });

  it('a duplicate key in the front matter', async () => {
    const [problem] = await problemsFor({
      'x.md': post({ ...validFrontMatter }).replace('---\n', '---\ntitle: First\n'),
    });
    expect(problem).toBe(
      'posts/x.md: title, line 3: expected each field once, got a second "title"; the first is on line 2 (keep one of them)',
    );
  });

  it('a file without front matter', async () => {
    expect(await problemsFor({ 'x.md': 'Just some text.\n' })).toEqual([
      'posts/x.md: front matter: expected a block between --- lines at the top of the file (title, date, summary, tags), got none',
    ]);
  });

  it('an empty body', async () => {
    expect(await problemsFor({ 'x.md': post(validFrontMatter, '\n  \n') })).toEqual([
      'posts/x.md: body: expected markdown text after the front matter, got nothing',
    ]);
  });

  it('a # heading in the body, with its line in the file', async () => {
    expect(
      await problemsFor({ 'x.md': post(validFrontMatter, 'Intro.\n\n# Big Title\n') }),
    ).toEqual([
      'posts/x.md: body, line 10: expected section headings to start at ## (the title is the page’s only # heading), got "# Big Title"',
    ]);
  });

  it('a file name that is not lowercase kebab-case, with the name to use', async () => {
    expect(await problemsFor({ 'My First Post.md': post(validFrontMatter) })).toEqual([
      'posts/My First Post.md: file name: expected lowercase words joined by hyphens, like "my-post.md", got "My First Post.md" (rename it to "my-first-post.md")',
    ]);
  });

  it('a file that is not markdown', async () => {
    expect(await problemsFor({ 'a.md': post(validFrontMatter), 'photo.jpg': 'x' })).toEqual([
      'posts/photo.jpg: file name: expected a markdown post ending in .md, or an image beside a post’s index.md, got "photo.jpg" (put a post and its images in one folder, the post named index.md)',
    ]);
  });

  it('aliases that are not slugs, or that clash with a post or another alias', async () => {
    const problems = await problemsFor({
      'current.md': post({ ...validFrontMatter, title: 'Current', aliases: '[old-name]' }),
      'other.md': post({
        ...validFrontMatter,
        title: 'Other',
        aliases: '[old-name, current, other]',
      }),
      'third.md': post({ ...validFrontMatter, title: 'Third', aliases: '["Old Name"]' }),
    });
    expect(problems).toEqual([
      'posts/third.md: aliases, line 6, item 1: expected an old slug in lowercase words joined by hyphens, got "Old Name"',
      expect.stringMatching(
        /^posts\/other\.md: aliases, line 6: expected old slugs that no other post or alias uses, got "old-name", already an alias of .*posts\/current\.md$/,
      ),
      expect.stringMatching(
        /^posts\/other\.md: aliases, line 6: expected old slugs that no current post uses, got "current", the slug of .*posts\/current\.md$/,
      ),
      'posts/other.md: aliases, line 6: expected old slugs that no other post or alias uses, got "other", this post’s own slug',
    ]);
  });

  it('one tag spelled two ways in two posts', async () => {
    const problems = await problemsFor({
      'a.md': post({ ...validFrontMatter, title: 'A', tags: '[Gut Health]' }),
      'b.md': post({ ...validFrontMatter, title: 'B', tags: '[Gut health]' }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^posts\/b\.md: tags, line 5: expected one spelling per tag, "Gut Health" as in .*posts\/a\.md, got "Gut health"$/,
    );
  });

  it('a content folder without posts/ or slides', async () => {
    const { problems } = await loadContent('/nonexistent/glowpop');
    expect(problems.map(formatProblem)).toEqual([
      '/nonexistent/glowpop/posts: folder: expected a folder of markdown posts, got no such folder (set CONTENT_DIR to a folder that has a posts/ folder inside)',
      '/nonexistent/glowpop/hero-slides.yaml: file: expected the home page banner’s slides, got no such file (copy content/hero-slides.yaml from the repository and edit it)',
    ]);
  });

  it('collects every problem in every file at once, and publishes none of the broken posts', async () => {
    const dir = await contentSet({
      'good.md': post(validFrontMatter),
      'bad-one.md': post({ ...validFrontMatter, date: 'soon', title: undefined }),
      'bad-two.md': post({ ...validFrontMatter, title: 'Two', tags: '[]', colour: 'pink' }),
    });
    const { posts, problems } = await loadContent(dir);
    expect(posts.map((p) => p.slug)).toEqual(['good']);
    expect(problems.map((p) => `${p.file.slice(p.file.indexOf('posts/'))} ${p.field}`)).toEqual([
      'posts/bad-one.md title',
      'posts/bad-one.md date, line 2',
      'posts/bad-two.md tags, line 5',
      'posts/bad-two.md colour, line 6',
    ]);
  });
});
