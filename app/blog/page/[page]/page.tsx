import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import {
  blogListingMetadata,
  getBlogListing,
  pageParams,
  redirectFirstPage,
} from '@/lib/content/blog-listing';
import { pagesOfRoute } from '@/lib/content/site-content';
import { parsePageParam } from '@/lib/pagination';

type BlogPageProps = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagesOfRoute(() => pageParams());
}

async function listingFor({ params }: BlogPageProps) {
  const page = parsePageParam((await params).page);
  return page === undefined ? undefined : getBlogListing(undefined, page);
}

export async function generateMetadata(props: BlogPageProps): Promise<Metadata> {
  const listing = await listingFor(props);
  return listing ? blogListingMetadata(listing) : {};
}

export default async function BlogLaterPage(props: BlogPageProps) {
  redirectFirstPage((await props.params).page, '/blog');
  const listing = await listingFor(props);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
