import type { Post } from '@/lib/content/schema';
import { CoverImage } from './CoverImage';
import { PostMeta } from './PostMeta';
import { StatusBadge } from './StatusBadge';
import { TableOfContents } from './TableOfContents';
import { TagList } from './TagList';

export function Article({ post }: { post: Post }) {
  return (
    <article className="mx-auto max-w-3xl px-4 pt-10 sm:px-6 sm:pt-16">
      <header className="flex flex-col gap-5">
        <p className="flex items-center gap-3 text-sm font-bold tracking-[0.2em] text-pop-700 uppercase">
          {post.category}
          <StatusBadge post={post} />
        </p>
        <TagList tags={post.tags} />
        <h1 className="font-display text-4xl leading-tight font-extrabold text-balance text-ink sm:text-5xl">
          {post.title}
        </h1>
        <PostMeta post={post} />
        {post.image ? (
          <CoverImage
            image={post.image}
            sizes="(min-width: 768px) 720px, calc(100vw - 2rem)"
            className="h-auto w-full rounded-3xl bg-pop-100"
            priority
          />
        ) : null}
        <div className="rounded-3xl bg-pop-100 p-6">
          <h2 className="text-sm font-bold tracking-[0.2em] text-pop-900 uppercase">Summary</h2>
          <p className="mt-2 text-lg leading-relaxed text-ink">{post.summary}</p>
        </div>
      </header>
      <TableOfContents headings={post.headings} />
      <div
        className="prose prose-lg mt-10 max-w-none text-ink prose-headings:font-display prose-headings:text-ink prose-a:text-pop-700 prose-strong:text-ink prose-li:marker:text-pop-700"
        // The HTML comes from our markdown pipeline, which sanitizes it (lib/content/markdown.ts).
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
    </article>
  );
}
