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

export function PostCard({ post, headingLevel: Heading = 'h2' }: PostCardProps) {
  return (
    <article className="group relative flex h-full flex-col gap-4 rounded-3xl bg-white p-6 shadow-sm ring-1 ring-ink/5 transition-shadow hover:shadow-lg">
      {post.image ? (
        <CoverImage
          image={post.image}
          sizes="(min-width: 1024px) 350px, (min-width: 640px) 45vw, calc(100vw - 5rem)"
          className="aspect-[3/2] w-full rounded-2xl bg-pop-100 object-cover"
          decorative
        />
      ) : null}
      <p className="flex items-center gap-2 text-xs font-bold tracking-[0.18em] text-pop-700 uppercase">
        {post.category}
        <StatusBadge post={post} />
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
