import { createHash } from 'node:crypto';

/**
 * Keeps what was drawn, by a key naming exactly what it shows, so each is drawn once per
 * version; the least recently used go first once `limit` are kept. Concurrent requests for
 * one key share one drawing.
 */
export function drawnOnce<Key, Drawing>(limit: number, draw: (key: Key) => Promise<Drawing>) {
  const kept = new Map<string, Promise<Drawing>>();
  return {
    /** A digest of the key: the cache's name for it, and a stable ETag for HTTP. */
    version: (key: Key) =>
      createHash('sha256').update(JSON.stringify(key)).digest('base64url').slice(0, 22),
    get(key: Key): Promise<Drawing> {
      const name = this.version(key);
      const found = kept.get(name);
      if (found) {
        kept.delete(name);
        kept.set(name, found);
        return found;
      }
      const drawing = draw(key);
      kept.set(name, drawing);
      // A drawing that fails is not kept: the next request tries again.
      drawing.catch(() => kept.delete(name));
      for (const oldest of kept.keys()) {
        if (kept.size <= limit) break;
        kept.delete(oldest);
      }
      return drawing;
    },
  };
}
