import { describe, expect, it } from 'vitest';
import { referrerHost } from '@/lib/newsletter/request-context';
import { deviceClass, readBeacon, uncountedBecause } from '@/lib/page-views/page-view-beacon';
import { createBeaconLimiter } from '@/lib/page-views/beacon-limits';
import { createViewCounter } from '@/lib/page-views/view-counter';
import type { PageViews } from '@/lib/newsletter/store';

const OWN = ['glowpop.example', '127.0.0.1:3100'];
const CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

describe('reading a page view beacon', () => {
  it('keeps only the page, the referring host, the utm fields and a device class', () => {
    expect(
      readBeacon(
        {
          p: '/blog/the-gut-skin-axis/',
          q: '?utm_source=ig&utm_medium=bio&utm_campaign=launch&fbclid=abc&q=secret',
          r: 'https://L.Instagram.com/some/path?u=private',
          w: '390',
        },
        OWN,
      ),
    ).toEqual({
      ok: true,
      path: '/blog/the-gut-skin-axis',
      views: {
        referrerHost: 'l.instagram.com',
        utmSource: 'ig',
        utmMedium: 'bio',
        utmCampaign: 'launch',
        device: 'phone',
      },
    });
  });

  it('names the field that is wrong', () => {
    const read = (fields: unknown) => readBeacon(fields, OWN);
    expect(read({ w: 100 })).toEqual({ ok: false, message: 'Send the page’s path as `p`.' });
    expect(read({ p: 'blog', w: 100 })).toEqual({
      ok: false,
      message: 'The page’s path (`p`) must start with “/”.',
    });
    expect(read({ p: '/', w: 'wide' })).toEqual({
      ok: false,
      message: 'Send the window’s width as `w`, a number.',
    });
    expect(read({ p: '/', w: 1.5 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/`w`/),
    });
    expect(read({ p: '/', w: 100, r: ['a'] })).toEqual({
      ok: false,
      message: 'The referrer (`r`) must be text.',
    });
  });

  it('counts our own pages and non-web referrers as no referrer', () => {
    expect(referrerHost('https://glowpop.example/blog', OWN)).toBe('');
    expect(referrerHost('http://127.0.0.1:3100/', OWN)).toBe('');
    expect(referrerHost('http://127.0.0.1:9999/', OWN)).toBe('127.0.0.1');
    expect(referrerHost('android-app://com.google.android.gm/', OWN)).toBe('');
    expect(referrerHost('not a url', OWN)).toBe('');
    expect(referrerHost('', OWN)).toBe('');
  });

  it('sorts windows into phones, tablets and desktops at the site’s breakpoints', () => {
    expect([0, 639, 640, 1023, 1024, 2560].map(deviceClass)).toEqual([
      'phone',
      'phone',
      'tablet',
      'tablet',
      'desktop',
      'desktop',
    ]);
  });

  it('leaves out crawlers, automated browsers, scripts and prefetches', () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(uncountedBecause(headers({ 'user-agent': CHROME }))).toBeUndefined();
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'python-requests/2.32',
    ]) {
      expect(uncountedBecause(headers({ 'user-agent': agent })), agent).toBe(
        'not a reader’s browser',
      );
    }
    expect(uncountedBecause(headers({}))).toBe('not a reader’s browser');
    expect(uncountedBecause(headers({ 'user-agent': CHROME, 'sec-purpose': 'prefetch' }))).toBe(
      'a prefetch',
    );
    expect(
      uncountedBecause(headers({ 'user-agent': CHROME, 'sec-purpose': 'prefetch;prerender' })),
    ).toBe('a prefetch');
  });
});

describe('the beacon rate limit', () => {
  it('allows each network its share per minute and the site its share per second', () => {
    let clock = 0;
    const limiter = createBeaconLimiter({ perNetworkPerMinute: 3, sitePerSecond: 4 }, () => clock);
    expect([1, 2, 3, 4].map(() => limiter.allow('10.0.0.1'))).toEqual([true, true, true, false]);
    expect(limiter.allow('10.0.0.2')).toBe(true);
    expect(limiter.allow(undefined)).toBe(false);
    clock = 1_000;
    expect(limiter.allow('10.0.0.1')).toBe(false);
    expect(limiter.allow(undefined)).toBe(true);
    clock = 60_000;
    expect(limiter.allow('10.0.0.1')).toBe(true);
  });
});

describe('the view counter', () => {
  const view = (path: string, views = 1): PageViews => ({
    day: '2026-12-01',
    path,
    referrerHost: '',
    utmSource: '',
    utmMedium: '',
    utmCampaign: '',
    device: 'phone',
    views,
  });

  it('adds the views that arrive while a commit runs in one go, the same row’s summed', async () => {
    const batches: PageViews[][] = [];
    let release = () => {};
    const counter = createViewCounter(async (views) => {
      batches.push(views);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = counter.count(view('/'));
    await Promise.resolve();
    await Promise.resolve();
    const waiting = [
      counter.count(view('/a')),
      counter.count(view('/a')),
      counter.count(view('/b')),
    ];
    release();
    await Promise.all([first, ...waiting]);
    expect(batches).toEqual([[view('/')], [view('/a', 2), view('/b')]]);
  });

  it('fails the views of a failed commit, and counts the next ones', async () => {
    let fail = true;
    const added: PageViews[] = [];
    const counter = createViewCounter(async (views) => {
      if (fail) throw new Error('database is locked');
      added.push(...views);
    });
    await expect(counter.count(view('/'))).rejects.toThrow('database is locked');
    fail = false;
    await counter.count(view('/b'));
    expect(added).toEqual([view('/b')]);
  });
});
