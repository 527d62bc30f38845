import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a preview link works: long enough for a colleague to look, short enough to forget. */
export const PREVIEW_LIFETIME_DAYS = 7;
const PREVIEW_LIFETIME_MS = PREVIEW_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/** What a valid token grants: one post, until a moment. */
export type PreviewGrant = { slug: string; expiresAt: Date };

/** Why a token opens nothing; the route answers every one of them with the same 404. */
export type PreviewRefusal = 'malformed' | 'tampered' | 'expired';

const TOKEN = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d{1,13})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, slug: string, expiresAtMs: number): string {
  return createHmac('sha256', secret)
    .update(`glowpop-preview\0${slug}\0${expiresAtMs}`)
    .digest('base64url');
}

/**
 * A token for `/preview/<token>`: the slug it is bound to, when it expires, and an HMAC of both
 * under PREVIEW_SECRET. Nothing is stored: changing the secret revokes every token at once.
 */
export function createPreviewToken(
  secret: string,
  slug: string,
  now: Date = new Date(),
): { token: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + PREVIEW_LIFETIME_MS);
  const token = `${slug}.${expiresAt.getTime()}.${signature(secret, slug, expiresAt.getTime())}`;
  return { token, expiresAt };
}

export function readPreviewToken(
  secret: string,
  token: string,
  now: Date = new Date(),
): PreviewGrant | PreviewRefusal {
  const [, slug, expires, given] = TOKEN.exec(token) ?? [];
  if (!slug || !expires || !given) return 'malformed';
  const expected = Buffer.from(signature(secret, slug, Number(expires)));
  if (!timingSafeEqual(expected, Buffer.from(given))) return 'tampered';
  if (Number(expires) <= now.getTime()) return 'expired';
  return { slug, expiresAt: new Date(Number(expires)) };
}

/** Pages that exist only for someone holding a preview link: kept out of search engines. */
export const PREVIEW_PATH_PREFIX = '/preview/';

export const previewPath = (token: string) => `${PREVIEW_PATH_PREFIX}${token}`;
