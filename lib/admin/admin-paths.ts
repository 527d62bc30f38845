/** The marketing dashboard's addresses, built here only. Every one is noindex and 404 when off. */
export const ADMIN_PATH = '/admin';
export const ADMIN_SIGN_IN_PATH = '/admin/sign-in';

/** The page a sign-in email links to: one button, so a mail scanner opening it signs no one in. */
export const adminLinkPath = (token: string) =>
  `/admin/sign-in/link?token=${encodeURIComponent(token)}`;

/** The overview for the last `days` days. */
export const adminOverviewPath = (days: number) => `${ADMIN_PATH}?days=${days}`;

/** The subscriber list, and its CSV, under a filter's search part (subscriberSearch). */
export const ADMIN_SUBSCRIBERS_PATH = '/admin/subscribers';
export const adminSubscribersPath = (search = '') => `${ADMIN_SUBSCRIBERS_PATH}${search}`;
export const adminSubscribersCsvPath = (search = '') => `/admin/subscribers/export${search}`;

/** Views and signups per article, and one article's own figures. */
export const ADMIN_ARTICLES_PATH = '/admin/articles';
export const adminArticlesPath = (days: number, sort = 'views') =>
  `${ADMIN_ARTICLES_PATH}?days=${days}&sort=${encodeURIComponent(sort)}`;
export const adminArticlePath = (slug: string, days: number) =>
  `${ADMIN_ARTICLES_PATH}/${encodeURIComponent(slug)}?days=${days}`;

/** Views and signups per campaign (utm_campaign, source and medium). */
export const ADMIN_CAMPAIGNS_PATH = '/admin/campaigns';
export const adminCampaignsPath = (days: number) => `${ADMIN_CAMPAIGNS_PATH}?days=${days}`;
