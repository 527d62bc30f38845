import { describe, expect, it } from 'vitest';
import { openPreview } from '@/lib/preview/open-preview';
import { createPreviewToken, readPreviewToken } from '@/lib/preview/preview-token';
import { makePost } from '../make-post';

const secret = 'a'.repeat(32);
const now = new Date('2026-11-30T12:00:00Z');
const day = 24 * 60 * 60 * 1000;

describe('preview tokens', () => {
  it('grant one post for seven days', () => {
    const { token, expiresAt } = createPreviewToken(secret, 'summer-fizz', now);
    expect(expiresAt.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    expect(readPreviewToken(secret, token, new Date(now.getTime() + 7 * day - 1))).toEqual({
      slug: 'summer-fizz',
      expiresAt,
    });
    expect(readPreviewToken(secret, token, new Date(now.getTime() + 7 * day))).toBe('expired');
  });

  it('refuse a token whose slug, date or signature was changed', () => {
    const { token } = createPreviewToken(secret, 'summer-fizz', now);
    const [slug, expires, signature] = token.split('.');
    expect(readPreviewToken(secret, `other-post.${expires}.${signature}`, now)).toBe('tampered');
    expect(readPreviewToken(secret, `${slug}.${Number(expires) + day}.${signature}`, now)).toBe(
      'tampered',
    );
    const flipped = `${signature?.startsWith('A') ? 'B' : 'A'}${signature?.slice(1)}`;
    expect(readPreviewToken(secret, `${slug}.${expires}.${flipped}`, now)).toBe('tampered');
  });

  it('stop working when the secret changes', () => {
    const { token } = createPreviewToken(secret, 'summer-fizz', now);
    expect(readPreviewToken('b'.repeat(32), token, now)).toBe('tampered');
  });

  it('refuse anything that is not a token', () => {
    for (const junk of ['', 'summer-fizz', 'a.b.c', '../etc/passwd', `${'x'.repeat(5000)}`])
      expect(readPreviewToken(secret, junk, now)).toBe('malformed');
  });
});

describe('opening a preview link', () => {
  const draft = makePost('summer-fizz', '2026-12-01', ['Gut Health'], {
    draft: true,
    status: 'draft',
  });
  const live = makePost('live-post', '2026-01-01', ['Gut Health']);
  const posts = [draft, live];
  const tokenFor = (slug: string) => createPreviewToken(secret, slug, now).token;

  it('opens the draft it was made for, and only with the secret set', () => {
    expect(openPreview(tokenFor('summer-fizz'), { secret, posts, now })).toMatchObject({
      kind: 'preview',
      post: { slug: 'summer-fizz' },
    });
    expect(openPreview(tokenFor('summer-fizz'), { secret: undefined, posts, now })).toEqual({
      kind: 'refused',
      reason: 'off',
    });
  });

  it('sends a post published since to its live page, and refuses a post that is gone', () => {
    expect(openPreview(tokenFor('live-post'), { secret, posts, now })).toMatchObject({
      kind: 'published',
      post: { slug: 'live-post' },
    });
    expect(openPreview(tokenFor('deleted-post'), { secret, posts, now })).toEqual({
      kind: 'refused',
      reason: 'unknown post',
    });
  });
});
