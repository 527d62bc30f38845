import type { ContentProblem } from './errors';

/**
 * Search engines show about 155–160 characters of a page's description and about 60 of its
 * title; beyond that a result ends in "…" wherever the cut falls.
 */
export const SEARCH_RESULT_LIMITS = { title: 60, description: 160 } as const;

/** Words a full stop follows without ending the sentence ("e.g. Oats", "Dr. Smith"). */
const ABBREVIATIONS = /^(?:e\.g|i\.e|etc|vs|approx|incl|no|st|dr|mr|mrs|ms|prof)$/i;

/**
 * A description that fits a search result: the text itself when it fits, otherwise its
 * longest run of whole sentences that fits, otherwise whole words with an ellipsis.
 */
export function searchDescription(
  text: string,
  limit: number = SEARCH_RESULT_LIMITS.description,
): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (normalized.length <= limit) return normalized;
  // A sentence ends at . ! ? or … before a capital, unless the word is an abbreviation.
  const sentenceEnds = [...normalized.matchAll(/(\S+)[.!?…]["'”’)]?(?= ["'“‘(]?\p{Lu})/gu)]
    .filter((match) => !ABBREVIATIONS.test(match[1] ?? ''))
    .map((match) => match.index + match[0].length)
    .filter((end) => end <= limit);
  const lastSentenceEnd = sentenceEnds.at(-1);
  // A scrap such as "Yes." says less than the start of the text does.
  if (lastSentenceEnd !== undefined && lastSentenceEnd >= limit / 4)
    return normalized.slice(0, lastSentenceEnd);
  // One character is kept for the ellipsis; a cut inside a word drops that word.
  const cut = normalized.slice(0, limit - 1);
  const words = /\s/.test(normalized.charAt(limit - 1)) ? cut : cut.replace(/\s+\S*$/, '');
  return `${words.replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * Advice, not errors: a long title or description still publishes, but search results cut it
 * off mid-phrase, so the content check tells the editor.
 */
export function searchResultWarnings({
  file,
  title,
  description,
}: {
  file: string;
  title: string;
  description: string;
}): ContentProblem[] {
  const tooLong = (field: 'title' | 'description', value: string): ContentProblem[] =>
    value.length > SEARCH_RESULT_LIMITS[field]
      ? [
          {
            file,
            field,
            expected: `at most ${SEARCH_RESULT_LIMITS[field]} characters to show whole in search results`,
            found: `${value.length}`,
            hint: 'it still publishes; search results will cut it off',
          },
        ]
      : [];
  return [...tooLong('title', title), ...tooLong('description', description)];
}
