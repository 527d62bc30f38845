import { statusLabel, type Post } from '@/lib/content';

/**
 * Marks a draft or scheduled post. Only `next dev` renders those; production never does, so
 * published posts get no badge.
 */
export function StatusBadge({ status, date }: Pick<Post, 'status' | 'date'>) {
  const label = statusLabel({ status, date });
  if (label === undefined) return null;
  return (
    <span className={status === 'scheduled' ? 'badge badge-scheduled' : 'badge'}>{label}</span>
  );
}
