import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/absolute-url';

export default function robots(): MetadataRoute.Robots {
  return {
    // Email-link pages and endpoints are for one reader each, never for search results.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/newsletter/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
