import { describe, expect, it } from 'vitest';
import { parseHeroSlides, parsePostFile } from '@/lib/content';
import { REFUSED_BY_CONTENT_CHECK } from '../../fixtures/xss/payloads';

const context = { publicDir: 'public', today: '2026-11-24' };

describe('script URLs an editor cannot publish', () => {
  it.each(REFUSED_BY_CONTENT_CHECK)('a markdown image %s is a content error', async (payload) => {
    const source = `---\ntitle: T\ndate: 2025-01-01\nsummary: S\ntags: [Gut Health]\n---\n\n${payload}\n`;
    const { post, problems } = await parsePostFile('content/posts/x.md', source, context);
    expect(post).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/posts/x.md', field: 'body, line 8, image' }),
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
  ])('a banner button linking to %s is a content error', async (href) => {
    const source = `slides:\n  - headline: H\n    image: /images/hero/peach-glow.svg\n    imageAlt: A can\n    cta:\n      label: Go\n      href: ${JSON.stringify(href)}\n`;
    const { slides, problems } = await parseHeroSlides('content/hero-slides.yaml', source, {
      posts: [],
      publicDir: 'public',
    });
    expect(slides).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/hero-slides.yaml',
        field: expect.stringMatching(/href/),
      }),
    ]);
  });
});
