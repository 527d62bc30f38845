import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import { getBlogListing } from '@/lib/content';
import { listingMetadata } from '@/lib/seo/listing-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const listing = await getBlogListing(undefined, 1);
  return listing ? listingMetadata(listing) : {};
}

export default async function BlogPage() {
  const listing = await getBlogListing(undefined, 1);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
