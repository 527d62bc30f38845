import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import { getBlogListing, getTagIndex, pageParams, pagesOfRoute, tagParam } from '@/lib/content';
import { parsePageParam } from '@/lib/pagination';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { redirectFirstPage } from '@/app/blog/redirect-first-page';

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
  return listing ? listingMetadata(listing) : {};
}

export default async function TagLaterPage(props: TagLaterPageProps) {
  const { tag, page } = await props.params;
  redirectFirstPage(page, tagParam(tag));
  const listing = await listingFor(props);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
