import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import {
  blogListingMetadata,
  getBlogListing,
  getTagIndex,
  pageParams,
  redirectFirstPage,
} from '@/lib/content/blog-listing';
import { pagesOfRoute } from '@/lib/content/site-content';
import { tagParam } from '@/lib/content/tags';
import { parsePageParam } from '@/lib/pagination';

type TagLaterPageProps = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOfRoute(async () => {
    const tags = await getTagIndex();
    const perTag = await Promise.all(
      tags.map(async (tag) =>
        (await pageParams(tag.slug)).map(({ page }) => ({ tag: tag.slug, page })),
      ),
    );
    return perTag.flat();
  });
}

async function listingFor({ params }: TagLaterPageProps) {
  const { tag, page } = await params;
  const pageNumber = parsePageParam(page);
  return pageNumber === undefined ? undefined : getBlogListing(tagParam(tag), pageNumber);
}

export async function generateMetadata(props: TagLaterPageProps): Promise<Metadata> {
  const listing = await listingFor(props);
  return listing ? blogListingMetadata(listing) : {};
}

export default async function TagLaterPage(props: TagLaterPageProps) {
  const { tag, page } = await props.params;
  redirectFirstPage(page, `/blog/tag/${encodeURIComponent(tagParam(tag))}`);
  const listing = await listingFor(props);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
