import { type Post, postPath, usesRichMarkup } from '@/lib/content';
import { HtmlOnlyPart } from '@/components/layout/HtmlOnlyPart';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { site } from '@/lib/site';
import { ArticleStyles } from './ArticleStyles';
import { CoverImage } from './CoverImage';
import { PostMeta } from './PostMeta';
import { StatusBadge } from './StatusBadge';
import { TableOfContents } from './TableOfContents';
import { TagList } from './TagList';

/**
 * The article: its header (category, tags, title, byline, cover and the summary as a lede),
 * the contents (a disclosure on phones, a sticky side column on wide screens) and the body.
 */
export function Article({ post }: { post: Post }) {
  return (
    <article className="wrap article-layout pt-10 sm:pt-16">
      <ArticleStyles richMarkup={usesRichMarkup(post.html)} />
      <HtmlOnlyPart as="header" className="flex flex-col gap-5">
        <p className="eyebrow">
          {post.category}
          <StatusBadge status={post.status} date={post.date} />
        </p>
        <TagList tags={post.tags} />
        <h1 className="page-title">{post.title}</h1>
        <PostMeta
          date={post.date}
          readingMinutes={post.readingMinutes}
          author={post.author ?? site.teamAuthor}
        />
        {/* On paper, where the article came from. */}
        <p className="print-only">{absoluteUrl(postPath(post.slug))}</p>
        {post.image ? (
          <CoverImage
            image={post.image}
            sizes="(min-width: 768px) 720px, calc(100vw - 2rem)"
            className="cover"
            priority
          />
        ) : null}
        <p className="lede article-lede">{post.summary}</p>
      </HtmlOnlyPart>
      <TableOfContents headings={post.headings} />
      {/* The HTML comes from our markdown pipeline, which sanitizes it (lib/content/markdown.ts). */}
      <HtmlOnlyPart className="article-body" html={post.html} />
    </article>
  );
}
