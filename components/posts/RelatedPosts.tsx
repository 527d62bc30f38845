import { type Post, postPath } from '@/lib/content';
import { HtmlOnlyPart } from '@/components/layout/HtmlOnlyPart';
import { ArticleLink } from './ArticleLink';
import { cardMeta, PostMeta } from './PostMeta';

/**
 * "Explore more" under an article: each related post's category, title and date, without the
 * summary and tags a full card carries. The reader has just finished an article; a short list
 * is quicker to scan, and the page carries less.
 */
export function RelatedPosts({ posts }: { posts: readonly Post[] }) {
  if (posts.length === 0) return null;
  return (
    <HtmlOnlyPart as="section" aria-labelledby="explore-more" className="wrap no-print mt-20">
      <h2 id="explore-more" className="section-title">
        Explore more
      </h2>
      <ul className="cards mt-8">
        {posts.map((post) => (
          <li key={post.slug}>
            <article className="card">
              <p className="eyebrow">{post.category}</p>
              <h3>
                <ArticleLink href={postPath(post.slug)}>{post.title}</ArticleLink>
              </h3>
              <PostMeta {...cardMeta(post)} />
            </article>
          </li>
        ))}
      </ul>
    </HtmlOnlyPart>
  );
}
