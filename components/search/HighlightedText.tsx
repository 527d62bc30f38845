import type { Highlighted } from '@/lib/search/excerpt';

/** Text with the searched words in <mark>: React escapes every run, so nothing is HTML. */
export function HighlightedText({ runs }: { runs: Highlighted }) {
  return runs.map((run, index) =>
    run.mark ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>,
  );
}
