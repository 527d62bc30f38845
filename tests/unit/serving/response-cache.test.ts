import { describe, expect, it } from 'vitest';
import { cacheKeyOf, isKeepable } from '@/lib/serving/response-cache';

const PAGE_HEADERS = {
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'x-nextjs-prerender': ['1', '1'],
  'cache-control': 's-maxage=31536000',
  'content-type': 'text/html; charset=utf-8',
};

describe('which requests the page cache may answer', () => {
  it('keys a page on its URL and every header Next varies on, so no two kinds meet', () => {
    const html = cacheKeyOf('GET', '/blog', { 'accept-encoding': 'gzip' });
    const plain = cacheKeyOf('GET', '/blog', {});
    const data = cacheKeyOf('GET', '/blog', { 'accept-encoding': 'gzip', rsc: '1' });
    // The poisoning of the nginx recipe's old key: a tree header without RSC.
    const tree = cacheKeyOf('GET', '/blog', {
      'accept-encoding': 'gzip',
      'next-router-state-tree': '1',
    });
    expect(new Set([html, plain, data, tree]).size).toBe(4);
    expect(cacheKeyOf('GET', '/blog?page=2', {})).not.toBe(plain);
  });

  it('leaves to Next what it must answer itself', () => {
    expect(cacheKeyOf('POST', '/blog', {})).toBeUndefined();
    expect(cacheKeyOf('HEAD', '/blog', {})).toBeUndefined();
    expect(cacheKeyOf('GET', '/blog', { 'if-none-match': '"abc"' })).toBeUndefined();
    expect(cacheKeyOf('GET', '/blog', { range: 'bytes=0-10' })).toBeUndefined();
    expect(cacheKeyOf('GET', '/blog', { cookie: 'theme=dark; __prerender_bypass=x' })).toBe(
      undefined,
    );
    expect(cacheKeyOf('GET', '/_next/static/chunks/main.js', {})).toBeUndefined();
    expect(cacheKeyOf('GET', '/blog', { cookie: 'theme=dark' })).toBeDefined();
  });
});

describe('which answers the page cache keeps', () => {
  it('keeps a public prerendered page', () => {
    expect(isKeepable(200, PAGE_HEADERS)).toBe(true);
  });

  it('keeps nothing rendered for one request, private, errors or redirects', () => {
    const { 'x-nextjs-prerender': _prerendered, ...dynamic } = PAGE_HEADERS;
    expect(isKeepable(200, dynamic)).toBe(false);
    expect(isKeepable(404, PAGE_HEADERS)).toBe(false);
    expect(isKeepable(307, PAGE_HEADERS)).toBe(false);
    expect(
      isKeepable(200, {
        ...PAGE_HEADERS,
        'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      }),
    ).toBe(false);
    expect(isKeepable(200, { ...PAGE_HEADERS, 'set-cookie': ['a=b'] })).toBe(false);
  });

  it('keeps nothing that varies on a header it does not key on', () => {
    expect(isKeepable(200, { ...PAGE_HEADERS, vary: `${PAGE_HEADERS.vary}, Cookie` })).toBe(false);
  });
});
