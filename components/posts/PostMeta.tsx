import { formatDate } from '@/lib/format-date';
import type { Post } from '@/lib/content';

/** Date, reading time and, when set, the author: the line under every post title. */
export function PostMeta({ post }: { post: Pick<Post, 'date' | 'readingMinutes' | 'author'> }) {
  return (
    <p className="meta">
      <time dateTime={post.date}>{formatDate(post.date)}</time>
      <span aria-hidden="true">·</span>
      <span>{post.readingMinutes} min read</span>
      {post.author ? (
        // The separator travels with the author, so a wrapped line never ends in "·".
        <span>
          <span aria-hidden="true">·&nbsp;</span>By {post.author}
        </span>
      ) : null}
    </p>
  );
}
