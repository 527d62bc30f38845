import { type Post } from '@/lib/content';
import { readPreviewToken, type PreviewRefusal } from './preview-token';

/** What a preview link opens: the unpublished post, the live page, or nothing (and why). */
export type PreviewOutcome =
  | { kind: 'preview'; post: Post; expiresAt: Date }
  | { kind: 'published'; post: Post }
  | { kind: 'refused'; reason: PreviewRefusal | 'off' | 'unknown post' };

/**
 * The rule behind `/preview/<token>`, apart from the page: with no secret, links are off; a
 * token must be well formed, signed with the current secret and unexpired; its post must still
 * exist. A post published since the link was made opens its live page instead.
 */
export function openPreview(
  token: string,
  { secret, posts, now = new Date() }: { secret?: string; posts: readonly Post[]; now?: Date },
): PreviewOutcome {
  if (!secret) return { kind: 'refused', reason: 'off' };
  const grant = readPreviewToken(secret, token, now);
  if (typeof grant === 'string') return { kind: 'refused', reason: grant };
  const post = posts.find((candidate) => candidate.slug === grant.slug);
  if (!post) return { kind: 'refused', reason: 'unknown post' };
  if (post.status === 'published') return { kind: 'published', post };
  return { kind: 'preview', post, expiresAt: grant.expiresAt };
}
