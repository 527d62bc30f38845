import { formatDate } from '@/lib/format-date';
import type { Post } from '@/lib/content';
import { site } from '@/lib/site';

/**
 * Date, reading time and, when set, the author: the line under every post title. The dots
 * between them are drawn by `.meta` (app/site.inline.css), each before the item it leads, so a
 * wrapped line never ends in one and no card carries them in its HTML and React payload.
 */
export function PostMeta({ post }: { post: Pick<Post, 'date' | 'readingMinutes' | 'author'> }) {
  return (
    <p className="meta">
      <time dateTime={post.date}>{formatDate(post.date)}</time>
      {/* One string: no `<!-- -->` between number and words in the HTML, no array in the payload. */}
      <span>{`${post.readingMinutes} min read`}</span>
      {post.author ? <span>{`By ${post.author}`}</span> : null}
    </p>
  );
}

/**
 * For cards: a post by the brand's own team goes without a byline, as one with no author does
 * (every card would say the same). The article's own page names the team.
 */
export function withoutTeamAuthor<T extends Pick<Post, 'author'>>(post: T): T {
  return post.author === site.teamAuthor ? { ...post, author: undefined } : post;
}
