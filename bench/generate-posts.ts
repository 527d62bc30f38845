/**
 * Realistic posts for the build-scale benchmark: about 1,200 words each, in sections with
 * `##` headings, paragraphs with emphasis and links, and a list; 2 of 8 tags; distinct dates.
 * Deterministic, so runs compare.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TAGS = [
  'Gut Health',
  'Skin Health',
  'Nutrition',
  'Wellness Rituals',
  'Prebiotic Science',
  'Recipes',
  'Sleep',
  'Hydration',
];

const WORDS = (
  'prebiotic fibre gut skin glow microbiome inulin soda bubbles hydration ritual morning ' +
  'balance digestion bacteria nourish radiant calm routine sparkling flavour peach berry ' +
  'citrus ginger daily habit research study barrier moisture inflammation energy fresh ' +
  'natural sugar plant garlic onion banana oats chicory leek asparagus kefir yogurt water'
).split(' ');

/** A small deterministic generator (mulberry32): the same posts on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 10);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'fizz');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next)).join(' ');
}

function postSource(n: number): string {
  const next = random(n);
  const first = n % TAGS.length;
  const second = (first + 1 + (n % (TAGS.length - 1))) % TAGS.length;
  // One day apart, all in the past even for 10,000 posts.
  const date = new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10);
  const sections = Array.from({ length: 6 }, (_, index) =>
    [
      `## Section ${index + 1}: ${sentence(next).slice(0, 40).replace(/\.$/, '').trim()}`,
      '',
      `${paragraph(next, 5)} Read more in [our guide](/blog) and **take it slowly**.`,
      '',
      paragraph(next, 5),
      '',
      ...Array.from({ length: 4 }, () => `- ${sentence(next)}`),
      '',
    ].join('\n'),
  );
  return [
    '---',
    `title: 'Generated Post ${n}: ${sentence(next).slice(0, 50).replace(/\.$/, '')}'`,
    `date: ${date}`,
    `summary: ${sentence(next)}`,
    `tags: [${TAGS[first]}, ${TAGS[second]}]`,
    '---',
    '',
    ...sections,
  ].join('\n');
}

/** Writes `count` posts and a one-slide banner to a fresh content folder at `dir`. */
export function generatePosts(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'posts'), { recursive: true });
  writeFileSync(
    path.join(dir, 'hero-slides.yaml'),
    [
      'slides:',
      "  - headline: 'SODA JUST GOT A GLOW UP #GLOWPOP'",
      '    image: /images/hero/peach-glow.svg',
      '    imageAlt: A peach-coloured can of GLOWPOP.',
      '    cta: { label: Read the blog, href: /blog }',
      '',
    ].join('\n'),
  );
  for (let n = 1; n <= count; n++) {
    writeFileSync(path.join(dir, 'posts', `generated-post-${n}.md`), postSource(n));
  }
}
