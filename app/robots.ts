import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { NEWSLETTER_PATH_PREFIXES } from '@/lib/newsletter/paths';
import { PREVIEW_PATH_PREFIX } from '@/lib/preview/preview-token';

export default function robots(): MetadataRoute.Robots {
  return {
    // Email-link pages, endpoints and draft previews are for one reader each, never for search.
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [...NEWSLETTER_PATH_PREFIXES, PREVIEW_PATH_PREFIX],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
