import Link from 'next/link';
import type { Post } from '@/lib/content/schema';
import { CoverImage } from './CoverImage';
import { PostMeta } from './PostMeta';
import { StatusBadge } from './StatusBadge';
import { TagList } from './TagList';

type PostCardProps = {
  post: Post;
  /** The card title's level, so lists nest correctly under the page's headings. */
  headingLevel?: 'h2' | 'h3';
};

/** Styled by `.card` (app/site.inline.css); its title's link is stretched over the whole card. */
export function PostCard({ post, headingLevel: Heading = 'h2' }: PostCardProps) {
  return (
    <article className="card">
      {post.image ? (
        <CoverImage
          image={post.image}
          sizes="(min-width: 1024px) 350px, (min-width: 640px) 45vw, calc(100vw - 5rem)"
          className="card-image"
          decorative
        />
      ) : null}
      <p className="eyebrow">
        {post.category}
        <StatusBadge post={post} />
      </p>
      <Heading>
        <Link href={`/blog/${post.slug}`}>{post.title}</Link>
      </Heading>
      <PostMeta post={post} />
      <p>{post.summary}</p>
      <TagList tags={post.tags} />
    </article>
  );
}
