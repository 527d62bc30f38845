import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { NEWSLETTER_PATH_PREFIXES } from '@/lib/newsletter/paths';

export default function robots(): MetadataRoute.Robots {
  return {
    // Email-link pages and endpoints are for one reader each, never for search results.
    rules: { userAgent: '*', allow: '/', disallow: [...NEWSLETTER_PATH_PREFIXES] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
