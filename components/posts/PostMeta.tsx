import { formatDate } from '@/lib/format-date';
import type { Post } from '@/lib/content';
import { site } from '@/lib/site';

/**
 * Date, reading time and, when set, the author: the line under every post title. The dots
 * between them are drawn by `.meta` (app/site.inline.css), each before the item it leads, so a
 * wrapped line never ends in one and no card carries them in its HTML and React payload.
 */
export function PostMeta({
  date,
  readingMinutes,
  author,
}: Pick<Post, 'date' | 'readingMinutes' | 'author'>) {
  return (
    <p className="meta">
      <time dateTime={date}>{formatDate(date)}</time>
      {/* One string: no `<!-- -->` between number and words in the HTML, no array in the payload. */}
      <span>{`${readingMinutes} min read`}</span>
      {author ? <span>{`By ${author}`}</span> : null}
    </p>
  );
}

/**
 * The line under a card's title. The fields it shows, not the post: a part sent in the HTML
 * only is identified by its props written out (lib/html-handoff.ts), and a whole post would
 * put its body into that. A post by the brand's own team goes without a byline, as one with
 * no author does (every card would say the same); the article's own page names the team.
 */
export function cardMeta(
  post: Pick<Post, 'date' | 'readingMinutes' | 'author'>,
): Pick<Post, 'date' | 'readingMinutes' | 'author'> {
  const { date, readingMinutes, author } = post;
  return { date, readingMinutes, author: author === site.teamAuthor ? undefined : author };
}
