import type { Post } from '@/lib/content/schema';
import { formatDate } from '@/lib/format-date';

/**
 * Marks a draft or scheduled post. Only `next dev` renders those; production never does, so
 * published posts get no badge.
 */
export function StatusBadge({ post }: { post: Pick<Post, 'status' | 'date'> }) {
  if (post.status === 'published') return null;
  const scheduled = post.status === 'scheduled';
  return (
    <span
      className={`rounded-full px-2.5 py-0.5 text-xs font-bold tracking-wider text-ink uppercase ${scheduled ? 'bg-fizz' : 'bg-sun'}`}
    >
      {scheduled ? `Scheduled for ${formatDate(post.date)}` : 'Draft'}
    </span>
  );
}
