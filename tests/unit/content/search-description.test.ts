import { describe, expect, it } from 'vitest';
import { searchDescription, searchResultWarnings } from '@/lib/content';

const seedSummary =
  'The gut-skin axis refers to the connection between the gut microbiome and skin health. Research shows that the health of your gut may reflect on the overall balance and appearance of your skin. Experts suggest that eating a gut-friendly diet high in prebiotics and probiotics, staying hydrated, managing stress, and proper sleep can help support the gut and thus promote better skin.';

describe('searchDescription', () => {
  it('keeps a summary that already fits, with its whitespace tidied', () => {
    expect(searchDescription('How your gut\n  and skin talk.')).toBe('How your gut and skin talk.');
  });

  it('keeps the whole sentences that fit in 160 characters', () => {
    expect(searchDescription(seedSummary)).toBe(
      'The gut-skin axis refers to the connection between the gut microbiome and skin health.',
    );
    const two = 'First short sentence here. Second one is short too! ' + 'Then words '.repeat(20);
    expect(searchDescription(two)).toBe('First short sentence here. Second one is short too!');
  });

  it('cuts at a word with an ellipsis when no sentence fits', () => {
    const result = searchDescription('word, '.repeat(60));
    expect(result.length).toBeLessThanOrEqual(160);
    expect(result).toMatch(/^word, word,.* word…$/);
  });

  it('does not end a sentence at an abbreviation, or keep a scrap of a first sentence', () => {
    const words = 'and more words '.repeat(12);
    expect(searchDescription(`Fibre feeds your gut, e.g. Oats and beans ${words}end.`)).toMatch(
      /^Fibre feeds your gut, e\.g\. Oats and beans .*…$/,
    );
    expect(searchDescription(`Ask Dr. Smith about it, ${words}end.`)).toMatch(
      /^Ask Dr\. Smith .*…$/,
    );
    expect(searchDescription(`Yes. ${words}end.`)).toMatch(/^Yes\. and more words .*…$/);
  });

  it('does not treat a decimal point as a sentence end', () => {
    const text = `Take 2.5 g of fibre daily for a calmer gut ${'and more words '.repeat(12)}end.`;
    expect(searchDescription(text)).toMatch(/^Take 2\.5 g of fibre daily .*…$/);
  });

  it('always fits the limit', () => {
    for (const text of [seedSummary, 'x'.repeat(400), `${'a. '.repeat(100)}`]) {
      expect(searchDescription(text).length).toBeLessThanOrEqual(160);
    }
  });
});

describe('searchResultWarnings', () => {
  it('names the field, the limit and the length', () => {
    const warnings = searchResultWarnings({
      file: 'content/posts/long.md',
      title: 'T'.repeat(61),
      description: 'D'.repeat(161),
    });
    expect(warnings.map((warning) => [warning.field, warning.found])).toEqual([
      ['title', '61'],
      ['description', '161'],
    ]);
    expect(warnings[0]?.expected).toBe('at most 60 characters to show whole in search results');
  });

  it('says nothing about a title and description that fit', () => {
    expect(
      searchResultWarnings({ file: 'f.md', title: 'T'.repeat(60), description: 'D'.repeat(160) }),
    ).toEqual([]);
  });
});
