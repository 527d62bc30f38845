import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { NEWSLETTER_PATH_PREFIXES } from '@/lib/newsletter/paths';
import { PREVIEW_PATH_PREFIX } from '@/lib/preview/preview-token';
import { ADMIN_PATH } from '@/lib/admin/admin-paths';

export default function robots(): MetadataRoute.Robots {
  return {
    // Email-link pages, endpoints, draft previews and the dashboard are never for search.
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [...NEWSLETTER_PATH_PREFIXES, PREVIEW_PATH_PREFIX, ADMIN_PATH],
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
