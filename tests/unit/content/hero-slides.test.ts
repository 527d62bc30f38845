import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent } from '@/lib/content';
import { contentSet, post, validFrontMatter } from '../content-set';

const posts = {
  'the-gut-skin-axis.md': post(validFrontMatter),
  'secret-draft.md': post({ ...validFrontMatter, draft: 'true' }),
};

async function slideProblems(slides: string): Promise<string[]> {
  const dir = await contentSet(posts, slides);
  const { problems } = await loadContent(dir);
  return problems.map(formatProblem).map((line) => line.slice(line.indexOf('hero-slides.yaml')));
}

function slide(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([key, value]) => `    ${key}: ${value}`);
  return `  - ${lines.join('\n').trimStart()}`;
}

const good = {
  headline: "'SODA JUST GOT A GLOW UP #GLOWPOP'",
  image: '/images/hero/peach-glow.svg',
  imageAlt: 'A peach-coloured can.',
};

describe('hero slides', () => {
  it('loads valid slides in order, with optional sub-line and call to action', async () => {
    const dir = await contentSet(
      posts,
      [
        'slides:',
        slide({
          ...good,
          subline: 'One line.',
          cta: '{ label: Read it, href: /blog/the-gut-skin-axis#top }',
        }),
        slide({
          ...good,
          image: '/images/hero/mint-fizz.svg',
          cta: '{ label: Shop, href: https://glowpop.example/shop }',
        }),
        slide(good),
      ].join('\n'),
    );
    const { heroSlides, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(heroSlides).toEqual([
      {
        ...good,
        headline: 'SODA JUST GOT A GLOW UP #GLOWPOP',
        subline: 'One line.',
        cta: { label: 'Read it', href: '/blog/the-gut-skin-axis#top' },
      },
      {
        ...good,
        headline: 'SODA JUST GOT A GLOW UP #GLOWPOP',
        image: '/images/hero/mint-fizz.svg',
        cta: { label: 'Shop', href: 'https://glowpop.example/shop' },
      },
      { ...good, headline: 'SODA JUST GOT A GLOW UP #GLOWPOP' },
    ]);
  });

  it('names the file and the slide when alt text is missing', async () => {
    const { imageAlt: _alt, ...noAlt } = good;
    expect(await slideProblems(['slides:', slide(good), slide(noAlt)].join('\n'))).toEqual([
      'hero-slides.yaml: slide 2, imageAlt: expected a description of the image for people who cannot see it, got nothing',
    ]);
  });

  it('reports a missing image file, a non-image, bad and dead links, and typos, all at once', async () => {
    expect(
      await slideProblems(
        [
          'slides:',
          slide({ ...good, image: '/images/hero/nope.svg' }),
          slide({ ...good, image: '/images/hero/readme.txt' }),
          slide({ ...good, cta: '{ label: Go, href: "javascript:alert(1)" }' }),
          slide({ ...good, cta: '{ label: Go, href: /blog/no-such-post }' }),
          slide({ ...good, cta: '{ label: Go, href: /blog/secret-draft }' }),
          slide({ ...good, imgAlt: 'typo' }),
          slide({ ...good, cta: '{ label: Go }' }),
        ].join('\n'),
      ),
    ).toEqual([
      'hero-slides.yaml: slide 1, image: expected a file at public/images/hero/nope.svg, got no such file',
      'hero-slides.yaml: slide 2, image: expected an image file (.svg, .png, .jpg, .jpeg, .webp, .avif, .gif), got "/images/hero/readme.txt"',
      'hero-slides.yaml: slide 3, cta, href: expected a link that starts with / (a page of this site) or https://, got "javascript:alert(1)"',
      'hero-slides.yaml: slide 4, cta, href: expected a page of this site (/, /blog, or /blog/<slug> of a published post), got "/blog/no-such-post"',
      'hero-slides.yaml: slide 5, cta, href: expected a page of this site (/, /blog, or /blog/<slug> of a published post), got "/blog/secret-draft"',
      'hero-slides.yaml: slide 6, imgAlt: expected a known field (headline, subline, image, imageAlt, cta), got an unknown field (did you mean "imageAlt"?)',
      'hero-slides.yaml: slide 7, cta, href: expected a link: a page of this site such as /blog/<slug>, or an https:// address, got nothing',
    ]);
  });

  it('reports an empty list, a missing file and broken YAML', async () => {
    expect(await slideProblems('slides: []\n')).toEqual([
      'hero-slides.yaml: slides: expected at least one slide, got a list ([])',
    ]);
    expect(await slideProblems('slides:\n  - headline: [unclosed\n')).toEqual([
      expect.stringMatching(
        /^hero-slides\.yaml: YAML: expected valid YAML, got a syntax error at line \d+, column \d+: /,
      ),
    ]);
    const dir = await contentSet(posts, null);
    expect((await loadContent(dir)).problems.map((problem) => problem.field)).toEqual(['file']);
  });

  it('the slides that ship are valid: six, each with alt text and a working link', async () => {
    const { heroSlides, problems } = await loadContent('content');
    expect(problems).toEqual([]);
    expect(heroSlides).toHaveLength(6);
    for (const heroSlide of heroSlides) {
      expect(heroSlide.headline).toBe('SODA JUST GOT A GLOW UP #GLOWPOP');
      expect(heroSlide.imageAlt.length).toBeGreaterThan(10);
    }
  });
});
