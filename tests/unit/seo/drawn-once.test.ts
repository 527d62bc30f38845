import { describe, expect, it } from 'vitest';
import { drawnOnce } from '@/lib/seo/drawn-once';

function counted(limit: number) {
  const drawn: string[] = [];
  const cache = drawnOnce(limit, async (card: { title: string }) => {
    drawn.push(card.title);
    if (card.title === 'broken') throw new Error('cannot draw');
    return `png of ${card.title}`;
  });
  return { cache, drawn };
}

describe('drawn once', () => {
  it('draws each version once, however often and however concurrently it is asked for', async () => {
    const { cache, drawn } = counted(10);
    const results = await Promise.all(Array.from({ length: 20 }, () => cache.get({ title: 'A' })));
    expect(new Set(results)).toEqual(new Set(['png of A']));
    await cache.get({ title: 'A' });
    expect(drawn).toEqual(['A']);
    // A changed post is a new version, drawn afresh under a new name.
    await cache.get({ title: 'A, edited' });
    expect(drawn).toEqual(['A', 'A, edited']);
    expect(cache.version({ title: 'A' })).not.toBe(cache.version({ title: 'A, edited' }));
    expect(cache.version({ title: 'A' })).toBe(cache.version({ title: 'A' }));
  });

  it('keeps at most `limit`, letting the least recently used go', async () => {
    const { cache, drawn } = counted(2);
    await cache.get({ title: 'A' });
    await cache.get({ title: 'B' });
    await cache.get({ title: 'A' });
    await cache.get({ title: 'C' });
    await cache.get({ title: 'A' });
    await cache.get({ title: 'B' });
    expect(drawn).toEqual(['A', 'B', 'C', 'B']);
  });

  it('does not keep a drawing that failed', async () => {
    const { cache, drawn } = counted(5);
    await expect(cache.get({ title: 'broken' })).rejects.toThrow('cannot draw');
    await expect(cache.get({ title: 'broken' })).rejects.toThrow('cannot draw');
    expect(drawn).toEqual(['broken', 'broken']);
  });
});
