import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, renderMarkdown, usesRichMarkup } from '@/lib/content';

/** For bodies without images: the folder is never read. */
const noImages = { slug: 'a-post', folder: 'public/images/posts/a-post', publicDir: 'public' };

describe('sanitization: nothing executable reaches the page', () => {
  const hostile = [
    '<script>alert("block")</script>',
    '',
    'Inline <script>alert("inline")</script> script.',
    '',
    '<img src="x" onerror="alert(1)">',
    '',
    '<a href="https://example.com" onclick="alert(2)">raw link</a>',
    '',
    '[markdown link](javascript:alert(3)) and [encoded](JaVaScRiPt:alert(4))',
    '',
    '![image](javascript:alert(5))',
    '',
    '<iframe src="https://evil.example"></iframe>',
    '',
    '<div style="background:url(javascript:alert(6))">styled</div>',
    '',
    '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)',
  ].join('\n');

  it('drops script tags, event handlers, javascript: and data: URLs, iframes and styles', async () => {
    const { html } = await renderMarkdown(hostile, noImages);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\bon\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:text/i);
    expect(html).not.toMatch(/<iframe|style=/i);
    // The words around the dangerous parts survive.
    expect(html).toContain('markdown link');
    expect(html).toContain('script.');
  });

  it('keeps safe links', async () => {
    const { html } = await renderMarkdown('[GLOWPOP](https://glowpop.example/blog)', noImages);
    expect(html).toContain('<a href="https://glowpop.example/blog">GLOWPOP</a>');
  });
});

describe('markdown structure', () => {
  it('renders lists, emphasis and GFM tables', async () => {
    const { html } = await renderMarkdown(
      '1. **Acne:** one\n2. two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n~~old~~',
      noImages,
    );
    expect(html).toContain('<ol>');
    expect(html).toContain('<strong>Acne:</strong> one');
    expect(html).toContain('<table>');
    expect(html).toContain('<del>old</del>');
  });

  it('renders task lists, and leaves bare addresses as text (links are written as [text](url))', async () => {
    const { html } = await renderMarkdown(
      '- [x] chill the can\n- [ ] pour\n\nSee https://glowpop.example/blog',
      noImages,
    );
    expect(html).toContain('<input type="checkbox" checked disabled> chill the can');
    expect(html).toContain('<input type="checkbox" disabled> pour');
    expect(html).toContain('See https://glowpop.example/blog');
    expect(html).not.toContain('<a ');
  });

  it('gives headings stable, unique ids, including non-ASCII ones', async () => {
    const { headings, html } = await renderMarkdown(
      '## Café Culture\n\n## Food & Mood\n\n## Food & Mood\n\n### Why? Because!',
      noImages,
    );
    expect(headings.map((heading) => heading.id)).toEqual([
      'café-culture',
      'food--mood',
      'food--mood-1',
      'why-because',
    ]);
    expect(html).toContain(
      '<h2 id="café-culture"><a href="#caf%C3%A9-culture">Café Culture</a></h2>',
    );
  });
});

describe("usesRichMarkup: whether a page needs the body's fuller styles", () => {
  it('is false for headings, paragraphs, lists, emphasis and links', async () => {
    const { html } = await renderMarkdown(
      '## A heading\n\nSome *words* and a [link](https://example.com).\n\n- one\n- two\n\n1. first',
      noImages,
    );
    expect(usesRichMarkup(html)).toBe(false);
  });

  it.each([
    ['a task list', '- [x] done'],
    ['a quote', '> quoted'],
    ['inline code', 'Run `npm test`.'],
    ['a code block', '```\ncode\n```'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['a rule', 'above\n\n---\n\nbelow'],
  ])('is true for %s', async (_, markdown) => {
    const { html } = await renderMarkdown(markdown, noImages);
    expect(usesRichMarkup(html)).toBe(true);
  });

  it('is true for an image, and not fooled by words that merely begin alike', () => {
    expect(usesRichMarkup('<p><img src="/a.png" alt="A"></p>')).toBe(true);
    expect(usesRichMarkup('<p>The <abbr>HTML</abbr> of <preview> text</p>')).toBe(false);
  });
});

describe('word count and reading time', () => {
  it('counts words, not punctuation or markup', () => {
    expect(countWords('Hello, world — this is   GLOWPOP! 100% fizz.')).toBe(7);
  });

  it('counts words in the rendered text', async () => {
    expect(
      (await renderMarkdown('## Two words\n\n*three more words* `code`', noImages)).wordCount,
    ).toBe(6);
  });

  it('rounds reading time up, with at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
  });
});
