import type { Post } from '@/lib/content';
import { formatDate } from '@/lib/format-date';

/**
 * Marks a draft or scheduled post. Only `next dev` renders those; production never does, so
 * published posts get no badge.
 */
export function StatusBadge({ post }: { post: Pick<Post, 'status' | 'date'> }) {
  if (post.status === 'published') return null;
  const scheduled = post.status === 'scheduled';
  return (
    <span className={scheduled ? 'badge badge-scheduled' : 'badge'}>
      {scheduled ? `Scheduled for ${formatDate(post.date)}` : 'Draft'}
    </span>
  );
}
