import { describe, expect, it } from 'vitest';
import { tagSlug } from '@/lib/content';

describe('tagSlug', () => {
  it.each([
    ['Skin Health', 'skin-health'],
    ['Gut Health', 'gut-health'],
    ['Café Culture', 'cafe-culture'],
    ['Food & Mood', 'food-and-mood'],
    ['  Prebiotic   Benefits  ', 'prebiotic-benefits'],
    ['Crème brûlée', 'creme-brulee'],
    ['Straße', 'straße'],
    ['日本茶', '日本茶'],
    ['Vitamin C / Glow', 'vitamin-c-glow'],
    ['2025 Trends!', '2025-trends'],
  ])('%s -> %s', (name, slug) => {
    expect(tagSlug(name)).toBe(slug);
  });

  it('is the same for names that differ only in case, accents or spacing', () => {
    expect(tagSlug('Cafe culture')).toBe(tagSlug('Café Culture'));
  });
});
