import Link from 'next/link';
import type { Post } from '@/lib/content/schema';
import { DraftBadge } from './DraftBadge';
import { PostMeta } from './PostMeta';
import { TagList } from './TagList';

type PostCardProps = {
  post: Post;
  /** The card title's level, so lists nest correctly under the page's headings. */
  headingLevel?: 'h2' | 'h3';
};

export function PostCard({ post, headingLevel: Heading = 'h2' }: PostCardProps) {
  return (
    <article className="group relative flex h-full flex-col gap-4 rounded-3xl bg-white p-6 shadow-sm ring-1 ring-ink/5 transition-shadow hover:shadow-lg">
      <p className="flex items-center gap-2 text-xs font-bold tracking-[0.18em] text-pop-700 uppercase">
        {post.category}
        {post.draft ? <DraftBadge /> : null}
      </p>
      <Heading className="font-display text-xl leading-snug font-bold text-ink">
        {/* The stretched link makes the whole card clickable while keeping one link per card. */}
        <Link
          href={`/blog/${post.slug}`}
          className="group-hover:underline after:absolute after:inset-0 after:rounded-3xl"
        >
          {post.title}
        </Link>
      </Heading>
      <PostMeta post={post} />
      <p className="line-clamp-4 text-ink-soft">{post.summary}</p>
      <div className="mt-auto">
        <TagList tags={post.tags} />
      </div>
    </article>
  );
}
