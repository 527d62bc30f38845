import { stemmer } from 'stemmer';

/**
 * Remembers what a word became: a blog uses a few thousand different words, millions of times
 * over, and each is folded and stemmed when posts are indexed and when excerpts are marked.
 * Emptied when full, so no query can make it grow without end.
 */
function remembered(transform: (word: string) => string): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let result = seen.get(word);
    if (result === undefined) {
      if (seen.size >= 50_000) seen.clear();
      result = transform(word);
      seen.set(word, result);
    }
    return result;
  };
}

/** A word as it is compared: compatibility forms unified (ﬁ → fi), accents dropped (Café → cafe), lowercase. */
export const foldWord = remembered((word) =>
  word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
);

/** A folded word cut to its English stem (sleeping, sleeps → sleep); numbers stay whole. */
export const searchTerm = remembered((word) => {
  const folded = foldWord(word);
  return /\p{L}/u.test(folded) ? stemmer(folded) : folded;
});

/**
 * What a word is indexed under: its stem, so every form of a word finds every other, and the
 * word itself, so a typo is measured against what the writer wrote (hydratoin is two letters
 * from hydration, but three from its stem, hydrat).
 */
export function indexTerms(word: string): string | string[] {
  const folded = foldWord(word);
  const stem = searchTerm(folded);
  return stem === folded ? folded : [folded, stem];
}

/** Letters and digits, with apostrophes and hyphens inside a word kept (don't, gut-skin). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export type WordAt = { word: string; start: number; end: number };

/** Every word of `text`, where it starts and ends. */
export function wordsOf(text: string): WordAt[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The words MiniSearch indexes and looks up: apostrophes and hyphens split (gut-skin → gut, skin). */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
