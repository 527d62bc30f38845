import type { Metadata } from 'next';
import { publishInstant, FEED_PATHS } from '@/lib/content';
import { site } from '@/lib/site';
import { absoluteUrl } from './absolute-url';
import { PREVIEW_SIZE, type ShareImage } from './preview-size';

/**
 * Every page advertises the site's RSS feed, whatever else its `alternates` say: every feed
 * reader finds it. The Atom and JSON feeds are linked in the footer; naming them in each page's
 * head as well cost every reader about 70 bytes a page for readers that all take RSS.
 */
export const FEED_LINKS = {
  'application/rss+xml': [{ url: FEED_PATHS.rss, title: `${site.name} (RSS)` }],
};

type ArticleDetails = {
  /** Front matter dates, YYYY-MM-DD; published with the publishing time zone's offset. */
  publishedDate: string;
  modifiedDate: string;
  section: string;
  tags: string[];
  authors?: string[];
};

type PageMetadataInput = {
  /** The page's own title; the layout's template adds " | GLOWPOP". */
  title: string;
  description: string;
  /** The canonical path, e.g. `/blog/tag/skin-health/page/2`. */
  path: string;
  article?: ArticleDetails;
  /** The share image: an article's own cover or its generated card; the site's card by default. */
  image?: ShareImage;
  /** A feed of just this page's posts (a tag's), advertised before the site-wide feeds. */
  ownFeed?: { path: string; title: string };
};

/**
 * The one way pages describe themselves: title, description, an absolute canonical URL, Open
 * Graph (`article` with its dates, section and tags on posts; `website` elsewhere) and a large
 * X (Twitter) card. Next merges metadata shallowly, so each page gets the full set from here.
 */
export function pageMetadata({
  title,
  description,
  path,
  article,
  image = { path: '/og.png', alt: `${site.name}: ${site.tagline}`, ...PREVIEW_SIZE },
  ownFeed,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const images = [
    { url: absoluteUrl(image.path), alt: image.alt, width: image.width, height: image.height },
  ];
  const shared = {
    title,
    description,
    url,
    siteName: site.name,
    locale: site.locale.replace('-', '_'),
    images,
  };
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: ownFeed
        ? {
            ...FEED_LINKS,
            'application/rss+xml': [
              { url: ownFeed.path, title: ownFeed.title },
              ...FEED_LINKS['application/rss+xml'],
            ],
          }
        : FEED_LINKS,
    },
    openGraph: article
      ? {
          ...shared,
          type: 'article',
          publishedTime: publishInstant(article.publishedDate),
          modifiedTime: publishInstant(article.modifiedDate),
          section: article.section,
          tags: article.tags,
          authors: article.authors,
        }
      : { ...shared, type: 'website' },
    // Next copies the card's title and description from Open Graph. Its image is left to X's
    // own fallback to og:image: four more tags on every page would only repeat those.
    twitter: { card: 'summary_large_image', site: site.xHandle, images: [] },
  };
}
