import { defaultPreview } from '@/lib/seo/preview-image';

export const dynamic = 'force-static';

/** The site's own share card, for every page that is not an article. */
export function GET() {
  return defaultPreview();
}
