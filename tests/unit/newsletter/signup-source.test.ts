import { describe, expect, it } from 'vitest';
import { signupSource } from '@/lib/newsletter/submit-signup';

const ORIGIN = 'https://glowpop.example';

describe('where a signup came from', () => {
  it('credits the campaign of the page the visit began on, two pages before the form', () => {
    expect(
      signupSource(
        {
          sourcePath: undefined,
          utm: {},
          visit: {
            landing: '/?utm_source=ig&utm_medium=bio&utm_campaign=launch',
            referrer: 'https://l.instagram.com/',
          },
        },
        `${ORIGIN}/blog/the-gut-skin-axis`,
        ORIGIN,
      ),
    ).toEqual({
      sourcePath: '/blog/the-gut-skin-axis',
      utm: { utm_source: 'ig', utm_medium: 'bio', utm_campaign: 'launch' },
      landingPath: '/',
      referrerHost: 'l.instagram.com',
    });
  });

  it('without the visit (no JavaScript), uses the form page’s own campaign, as before', () => {
    expect(
      signupSource(
        { sourcePath: undefined, utm: {}, visit: undefined },
        `${ORIGIN}/blog/x?utm_source=pinterest&utm_campaign=article-share`,
        ORIGIN,
      ),
    ).toEqual({
      sourcePath: '/blog/x',
      utm: { utm_source: 'pinterest', utm_campaign: 'article-share' },
      landingPath: undefined,
      referrerHost: undefined,
    });
  });

  it('keeps the form page’s campaign when the visit began without one, and our own pages are no referrer', () => {
    expect(
      signupSource(
        {
          sourcePath: '/blog/x',
          utm: {},
          visit: { landing: '/blog', referrer: `${ORIGIN}/search?q=fibre` },
        },
        `${ORIGIN}/blog/x?utm_campaign=spring`,
        ORIGIN,
      ),
    ).toEqual({
      sourcePath: '/blog/x',
      utm: { utm_campaign: 'spring' },
      landingPath: '/blog',
      referrerHost: undefined,
    });
  });

  it('a landing page on another site is not ours to credit', () => {
    expect(
      signupSource(
        {
          sourcePath: '/',
          utm: {},
          visit: { landing: '//evil.example/?utm_campaign=x', referrer: '' },
        },
        null,
        ORIGIN,
      ),
    ).toMatchObject({ utm: {}, landingPath: undefined });
  });
});
