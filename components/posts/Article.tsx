import type { Post } from '@/lib/content/schema';
import { CoverImage } from './CoverImage';
import { PostMeta } from './PostMeta';
import { StatusBadge } from './StatusBadge';
import { TableOfContents } from './TableOfContents';
import { TagList } from './TagList';

export function Article({ post }: { post: Post }) {
  return (
    <article className="wrap narrow pt-10 sm:pt-16">
      <header className="flex flex-col gap-5">
        <p className="eyebrow">
          {post.category}
          <StatusBadge post={post} />
        </p>
        <TagList tags={post.tags} />
        <h1 className="page-title">{post.title}</h1>
        <PostMeta post={post} />
        {post.image ? (
          <CoverImage
            image={post.image}
            sizes="(min-width: 768px) 720px, calc(100vw - 2rem)"
            className="cover"
            priority
          />
        ) : null}
        <div className="summary">
          <h2 className="eyebrow">Summary</h2>
          <p>{post.summary}</p>
        </div>
      </header>
      <TableOfContents headings={post.headings} />
      <div
        className="article-body mt-10"
        // The HTML comes from our markdown pipeline, which sanitizes it (lib/content/markdown.ts).
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
    </article>
  );
}
