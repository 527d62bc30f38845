import type { Metadata } from 'next';
import { listPath, tagFeedPath, type BlogListing } from '@/lib/content';
import { site } from '@/lib/site';
import { pageMetadata } from './metadata';

/** Title, description, canonical URL and feeds of one page of the blog's or a tag's list. */
export function listingMetadata(listing: BlogListing): Metadata {
  const pageSuffix =
    listing.pageCount > 1 && listing.page > 1
      ? ` — page ${listing.page} of ${listing.pageCount}`
      : '';
  const title = listing.tag ? `${listing.tag.name}${pageSuffix}` : `Blog${pageSuffix}`;
  const description = listing.tag
    ? `GLOWPOP articles on ${listing.tag.name}: ${listing.total} ${listing.total === 1 ? 'post' : 'posts'}, newest first.`
    : 'Every GLOWPOP article on prebiotics, gut health and skin health, newest first.';
  return pageMetadata({
    title,
    description,
    path: listPath(listing.tag?.slug, listing.page),
    ownFeed: listing.tag
      ? { path: tagFeedPath(listing.tag.slug), title: `${site.name}: ${listing.tag.name} (RSS)` }
      : undefined,
  });
}
