import type { MetadataRoute } from 'next';
import { getPublishedPosts } from '@/lib/content';
import { sitemapEntries } from '@/lib/seo/sitemap-entries';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getPublishedPosts());
}
