import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { NewsletterForm } from '@/components/newsletter/NewsletterForm';
import { JsonLd } from '@/components/seo/JsonLd';
import { ShareLinks } from '@/components/share/ShareLinks';
import { Article } from '@/components/posts/Article';
import { RelatedPosts } from '@/components/posts/RelatedPosts';
import {
  getPostByAlias,
  getPostBySlug,
  getPublishedPosts,
  getRelatedPosts,
  postFileSlugs,
  pagesOfRoute,
  BLOG_PATH,
  postPath,
} from '@/lib/content';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { previewImage } from '@/lib/seo/preview-size';
import { site } from '@/lib/site';

type ArticlePageProps = { params: Promise<{ slug: string }> };

// Only slugs known at build time exist; anything else is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOfRoute(
    // Old slugs (aliases) are pages too: each one permanently redirects to the current URL.
    async () =>
      (await getPublishedPosts()).flatMap((post) =>
        [post.slug, ...post.aliases].map((slug) => ({ slug })),
      ),
    // While editing, a post with a mistake still has its page, showing the mistake.
    async () => (await postFileSlugs()).map((slug) => ({ slug })),
  );
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const post = await getPostBySlug((await params).slug);
  if (!post) return {};
  return pageMetadata({
    title: post.title,
    description: post.description,
    path: postPath(post.slug),
    article: {
      publishedDate: post.date,
      modifiedDate: post.updated ?? post.date,
      section: post.category,
      tags: post.tags.map((tag) => tag.name),
      authors: post.author ? [post.author] : undefined,
    },
    image: previewImage(post),
  });
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params;
  const post = await getPostBySlug(slug);
  if (!post) {
    const renamed = await getPostByAlias(slug);
    if (renamed) permanentRedirect(postPath(renamed.slug));
    notFound();
  }
  const related = await getRelatedPosts(post);
  return (
    <>
      <Article post={post} />
      <ShareLinks
        path={postPath(post.slug)}
        title={post.title}
        imagePath={previewImage(post).path}
      />
      {/* The article's own signup replaces the footer's: one form per page. */}
      <aside
        aria-labelledby="article-newsletter"
        className="wrap narrow no-print mt-16"
        data-footer-signup="off"
      >
        <div className="panel">
          <h2 id="article-newsletter">Enjoyed this? Get the next one in your inbox.</h2>
          <p>{site.newsletter.pitch}</p>
          <NewsletterForm
            formName="article-end"
            consent={site.newsletter.consent}
            privacyPath={site.privacyPath}
            tone="light"
          />
        </div>
      </aside>
      <RelatedPosts posts={related} />
      <JsonLd
        data={[
          blogPostingJsonLd(post),
          breadcrumbJsonLd([
            { name: 'Home', path: '/' },
            { name: 'Blog', path: BLOG_PATH },
            { name: post.title, path: postPath(post.slug) },
          ]),
        ]}
      />
    </>
  );
}
