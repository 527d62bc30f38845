import type { BlogPosting, BreadcrumbList, Organization, WebSite, WithContext } from 'schema-dts';
import { publishInstant, type Post, postPath } from '@/lib/content';
import { site } from '@/lib/site';
import { absoluteUrl } from './absolute-url';
import { BRAND_ICON_PATHS, BRAND_ICON_SIZES } from './brand-icons';
import { previewImage } from './preview-size';

const organization = {
  '@type': 'Organization',
  name: site.name,
  url: absoluteUrl('/'),
  logo: {
    '@type': 'ImageObject',
    url: absoluteUrl(BRAND_ICON_PATHS.logo),
    width: `${BRAND_ICON_SIZES.logo}`,
    height: `${BRAND_ICON_SIZES.logo}`,
  },
  sameAs: site.socials.map((social) => social.href),
} satisfies Organization;

export function organizationJsonLd(): WithContext<Organization> {
  return { '@context': 'https://schema.org', ...organization };
}

export function websiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl('/'),
    description: site.description,
    inLanguage: site.locale,
    publisher: organization,
  };
}

export function blogPostingJsonLd(post: Post): WithContext<BlogPosting> {
  const url = absoluteUrl(postPath(post.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    image: absoluteUrl(previewImage(post).path),
    datePublished: publishInstant(post.date),
    dateModified: publishInstant(post.updated ?? post.date),
    // Posts by the brand's team are the organization's, not a person's.
    author:
      post.author && post.author !== site.teamAuthor
        ? { '@type': 'Person', name: post.author }
        : { '@type': 'Organization', name: site.name, url: absoluteUrl('/') },
    // The organization's full record (links, sameAs) is on the home page; here its name and logo.
    publisher: { '@type': 'Organization', name: organization.name, logo: organization.logo },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: post.category,
    keywords: post.tags.map((tag) => tag.name).join(', '),
    inLanguage: site.locale,
  };
}

/** Home › … trail; the last crumb is the page itself. */
export function breadcrumbJsonLd(
  crumbs: { name: string; path: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for a <script> element. `<` becomes \u003c, so a title containing `</script>` (or
 * `<!--`) cannot end the script early; U+2028/2029 are escaped for older JavaScript parsers.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
