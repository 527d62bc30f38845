import { settings } from './config';

/**
 * Every site-wide fact lives here, so a rename or a new social account is one edit.
 */
export const site = {
  name: 'GLOWPOP',
  brandName: 'Glow Pop',
  productLine: 'Prebiotic Beauty Soda',
  tagline: 'Prebiotic beauty soda, and the science of glowing from the inside out.',
  description:
    'The GLOWPOP blog: gut health, skin health and the prebiotic science behind a beauty soda that glows.',
  /** SITE_URL, read when used: a CLI checks the settings first and names a bad value. */
  get url() {
    return settings().SITE_URL;
  },
  locale: 'en-US',
  /** The brand's plum (browser chrome, icons) and cream (page background). */
  themeColor: '#22102E',
  backgroundColor: '#FFF8F1',
  /**
   * Scheduled posts (dated in the future) go live on their date in this time zone, with the
   * first production build of that day: schedule a daily build just after midnight here.
   */
  publishTimeZone: 'UTC',
  defaultCategory: 'Prebiotic Benefits',
  /** The byline of posts written by the brand rather than a named person. */
  teamAuthor: 'The GLOWPOP Team',
  socials: [
    { name: 'Instagram', href: 'https://www.instagram.com/drinkglowpop' },
    { name: 'TikTok', href: 'https://www.tiktok.com/@drinkglowpop' },
    { name: 'Pinterest', href: 'https://www.pinterest.com/drinkglowpop' },
  ],
  /** Where readers buy the soda; linked from every page's footer. */
  shopUrl: 'https://www.drinkglowpop.com/shop',
  /** What the site stores about subscribers and why; linked beside every consent text. */
  privacyPath: '/privacy',
  /** The brand's account on X, named on share cards (`twitter:site`). */
  xHandle: '@drinkglowpop',
  newsletter: {
    heading: 'Stay in touch',
    pitch:
      'Get the latest updates, exclusive offers, and insider tips on beauty and wellness, straight to your inbox.',
    /** Shown under the form; its version is stored with each signup as proof of consent. */
    consent: 'We’ll email you GLOWPOP news, offers and tips. Unsubscribe any time with one click.',
    consentVersion: '2026-11-24',
    get from() {
      return settings().MAIL_FROM;
    },
    /**
     * The sender's postal address, which every issue's footer carries (CAN-SPAM asks for one,
     * and readers trust a sender they can place). Replace with the company's registered address.
     */
    postalLine: 'Glow Pop · Prebiotic Beauty Soda · 100 Example Street, Brooklyn, NY 11201, USA',
    confirmLinkHours: 48,
    /** A pending address gets at most one confirmation email per this many minutes. */
    resendAfterMinutes: 15,
    /** Signup attempts allowed per client IP, and per address, in one hour. */
    attemptsPerIpPerHour: 20,
    attemptsPerAddressPerHour: 5,
  },
  /** The label of the blog's tag filter, as on the brand's original page. */
  tagFilterLabel: 'Prebiotic Benefits',
  /**
   * UTM fields on share links: utm_source is the network, utm_medium `email` for the email link
   * and `social` for the others (the copy link included: it is mostly pasted into chats).
   */
  shareUtm: { utm_campaign: 'article-share' },
  /** Posts per page on /blog and tag pages. */
  postsPerPage: 12,
  /** Posts shown under "Latest posts" on the home page. */
  homePostCount: 6,
  /**
   * Entries in each feed: the newest posts, in full. Readers poll feeds for what is new; a feed
   * of every post would grow without end (10 MB each at 1,000 posts) for every poll.
   */
  feedEntryCount: 20,
  /** Related posts under each article ("Explore more"). */
  relatedPostCount: 3,
  /** Average adult silent-reading speed for non-fiction, words per minute. */
  readingWordsPerMinute: 230,
} as const;

export type SocialLink = (typeof site.socials)[number];
