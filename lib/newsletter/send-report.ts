import { csvCell } from './subscribers-csv';
import type { DeliveryRecord, SendSummary } from './store';

const count = (value: number) => value.toLocaleString('en-US');

/** How many of the send's readers are done: delivered, refused, given up on, or gone. */
export function doneCount(summary: SendSummary): number {
  const { sent, bounced, failed, skipped } = summary.counts;
  return sent + bounced + failed + skipped;
}

const clock = (ms: number) => {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
};

/**
 * One line for the terminal while a send runs: a bar, sent/failed/remaining, the pace of this
 * run and the time left at that pace.
 */
export function formatProgress(
  summary: SendSummary,
  elapsedMs: number,
  startedWith: number,
): string {
  const total = Math.max(summary.recipients, 1);
  const finished = doneCount(summary);
  const remaining = summary.counts.pending + summary.counts.claimed;
  const width = 24;
  const filled = Math.min(width, Math.round((finished / total) * width));
  const perSecond = elapsedMs > 0 ? ((finished - startedWith) * 1000) / elapsedMs : 0;
  const eta = perSecond > 0 ? clock((remaining / perSecond) * 1000) : '–';
  return (
    `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ` +
    `${count(summary.counts.sent)} sent · ${count(summary.counts.bounced)} bounced · ` +
    `${count(summary.counts.failed)} failed · ${count(remaining)} remaining · ` +
    `${perSecond.toFixed(0)}/s · ETA ${eta}`
  );
}

/** The figures of a send, for `status` and the end of `send`. */
export function formatSummary(summary: SendSummary): string {
  const { sent, bounced, failed, skipped, pending, claimed } = summary.counts;
  return (
    `${count(sent)} sent, ${count(bounced)} bounced, ${count(failed)} failed, ` +
    `${count(skipped)} skipped (left the list meanwhile), ${count(pending + claimed)} pending, ` +
    `of ${count(summary.recipients)}`
  );
}

const COLUMNS = ['email', 'status', 'attempts', 'sent_at', 'last_error'] as const;

/** `report --csv`: one row per reader of the send, quoted as the subscriber export is. */
export function deliveriesCsv(rows: readonly DeliveryRecord[]): string {
  const lines = rows.map((row) =>
    [
      row.email ?? '(erased)',
      row.status,
      String(row.attempts),
      row.sentAt?.toISOString() ?? null,
      row.lastError,
    ]
      .map(csvCell)
      .join(','),
  );
  return [COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
