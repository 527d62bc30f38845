import { type Post, postPath } from '@/lib/content';
import { site } from '@/lib/site';
import { ArticleLink } from './ArticleLink';
import { CoverImage } from './CoverImage';
import { cardMeta, PostMeta } from './PostMeta';
import { StatusBadge } from './StatusBadge';
import { TagList } from './TagList';

type PostCardProps = {
  post: Post;
  /** The card title's level, so lists nest correctly under the page's headings. */
  headingLevel?: 'h2' | 'h3';
};

/**
 * Styled by `.card` (app/site.inline.css); its title's link is stretched over the whole card.
 * Every card has a picture, the post's cover or a drawn placeholder of the same shape, so cards
 * in a row line up. The kicker names the category only when it is not the blog's usual one
 * (which every card would repeat), or marks a draft or scheduled post.
 */
export function PostCard({ post, headingLevel: Heading = 'h2' }: PostCardProps) {
  const kicker = post.category === site.defaultCategory ? null : post.category;
  const badge = <StatusBadge status={post.status} date={post.date} />;
  return (
    <article className="card">
      {post.image ? (
        <CoverImage
          image={post.image}
          sizes="(min-width: 1024px) 350px, (min-width: 640px) 45vw, calc(100vw - 5rem)"
          className="card-image"
          decorative
        />
      ) : (
        <div className="card-image card-placeholder" aria-hidden="true" />
      )}
      {kicker || post.status !== 'published' ? (
        <p className="eyebrow">
          {kicker}
          {badge}
        </p>
      ) : null}
      <Heading>
        <ArticleLink href={postPath(post.slug)}>{post.title}</ArticleLink>
      </Heading>
      <PostMeta {...cardMeta(post)} />
      {/* The description (the summary cut to whole sentences that fit a search result): the
          card shows four lines, about as much, so the rest of a long summary would be sent
          twice, in the HTML and the React payload, and never seen. */}
      <p>{post.description}</p>
      <TagList tags={post.tags} />
    </article>
  );
}
