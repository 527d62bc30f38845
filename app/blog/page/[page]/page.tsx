import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BlogListingView } from '@/components/posts/BlogListingView';
import { getBlogListing, pageParams, pagesOfRoute } from '@/lib/content';
import { parsePageParam } from '@/lib/pagination';
import { listingMetadata } from '@/lib/seo/listing-metadata';
import { redirectFirstPage } from '@/app/blog/redirect-first-page';

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
  return listing ? listingMetadata(listing) : {};
}

export default async function BlogLaterPage(props: BlogPageProps) {
  redirectFirstPage((await props.params).page);
  const listing = await listingFor(props);
  if (!listing) notFound();
  return <BlogListingView listing={listing} />;
}
