import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';

/**
 * A link token: 256 random bits, sent to the reader once. Only its SHA-256 is stored, so a
 * leaked database cannot be used to confirm or unsubscribe anyone.
 */
export function createToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens are base64url of 32 bytes; anything else is rejected before touching the store. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export function isWellFormedToken(token: unknown): token is string {
  return tokenSchema.safeParse(token).success;
}
