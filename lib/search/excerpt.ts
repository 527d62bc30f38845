import { foldWord, searchTerm, wordsOf } from './search-terms';

/** Text in runs, each marked or not: rendered as text and `<mark>`, so nothing is ever HTML. */
export type Highlighted = { text: string; mark?: true }[];

/** `text` with each word whose stem is in `matched` marked. */
export function highlight(text: string, matched: ReadonlySet<string>): Highlighted {
  const runs: Highlighted = [];
  let at = 0;
  for (const { word, start, end } of wordsOf(text)) {
    if (!matchesWord(word, matched)) continue;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/**
 * A word matches when it, or its stem, was matched (the index holds both), or any part of a
 * hyphenated word did.
 */
function matchesWord(word: string, matched: ReadonlySet<string>): boolean {
  return word
    .split(/['’-]/)
    .some((part) => matched.has(searchTerm(part)) || matched.has(foldWord(part)));
}

const EXCERPT_WORDS = 28;

/**
 * About 28 words of `text` around its densest cluster of matched words, with an ellipsis where
 * it was cut; undefined when no word of `text` matched.
 */
export function excerptAround(text: string, matched: ReadonlySet<string>): Highlighted | undefined {
  const words = wordsOf(text);
  // Most words of a long body cannot match: a word whose start no matched term shares is passed
  // over before it is folded and stemmed (a hyphenated word is checked part by part).
  const prefixLength = Math.min(3, ...[...matched].map((term) => term.length));
  const prefixes = new Set([...matched].map((term) => term.slice(0, prefixLength)));
  const mayMatch = (word: string) =>
    /['’-]/.test(word) || prefixes.has(foldWord(word.slice(0, prefixLength)));
  const hits = words.flatMap(({ word }, index) =>
    mayMatch(word) && matchesWord(word, matched) ? [index] : [],
  );
  if (hits.length === 0) return undefined;
  // The window of EXCERPT_WORDS words holding the most matches, starting a few words early.
  let best = { first: hits[0] ?? 0, count: 0 };
  let tail = 0;
  hits.forEach((hit, head) => {
    while ((hits[tail] ?? 0) <= hit - EXCERPT_WORDS) tail += 1;
    const count = head - tail + 1;
    if (count > best.count) best = { first: hits[tail] ?? 0, count };
  });
  const firstWord = Math.max(0, best.first - 6);
  const lastWord = Math.min(words.length - 1, firstWord + EXCERPT_WORDS - 1);
  const start = firstWord === 0 ? 0 : (words[firstWord]?.start ?? 0);
  const end = lastWord === words.length - 1 ? text.length : (words[lastWord]?.end ?? text.length);
  const runs = highlight(text.slice(start, end), matched);
  if (start > 0) runs.unshift({ text: '… ' });
  if (end < text.length) runs.push({ text: ' …' });
  return runs;
}
