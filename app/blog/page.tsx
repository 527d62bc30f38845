import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import { blogListingMetadata, getBlogListing } from '@/lib/content/blog-listing';

export async function generateMetadata(): Promise<Metadata> {
  const listing = await getBlogListing(undefined, 1);
  return listing ? blogListingMetadata(listing) : {};
}

export default async function BlogPage() {
  const listing = await getBlogListing(undefined, 1);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
