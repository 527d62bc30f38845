import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import { getBlogListing, getTagIndex, pagesOfRoute, tagParam } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/listing-metadata';

type TagPageProps = { params: Promise<{ tag: string }> };

// Only tags that posts use exist; anything else is a real 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOfRoute(async () => (await getTagIndex()).map((tag) => ({ tag: tag.slug })));
}

async function listingFor({ params }: TagPageProps) {
  return getBlogListing(tagParam((await params).tag), 1);
}

export async function generateMetadata(props: TagPageProps): Promise<Metadata> {
  const listing = await listingFor(props);
  return listing ? listingMetadata(listing) : {};
}

export default async function TagPage(props: TagPageProps) {
  const listing = await listingFor(props);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
