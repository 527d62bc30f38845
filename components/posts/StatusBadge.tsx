import { statusLabel, type Post } from '@/lib/content';

/**
 * Marks a draft or scheduled post. Only `next dev` renders those; production never does, so
 * published posts get no badge.
 */
export function StatusBadge({ post }: { post: Pick<Post, 'status' | 'date'> }) {
  const label = statusLabel(post);
  if (label === undefined) return null;
  return (
    <span className={post.status === 'scheduled' ? 'badge badge-scheduled' : 'badge'}>{label}</span>
  );
}
