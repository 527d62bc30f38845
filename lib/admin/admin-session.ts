import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { settings } from '@/lib/config';
import { ADMIN_PATH } from './admin-paths';

/** What the sealed cookie holds: who signed in, and until when. */
type AdminSession = { email?: string; expiresAt?: number };

/** A session lasts 12 hours; then the link must be asked for again. */
export const SESSION_HOURS = 12;

/** The dashboard exists only when ADMIN_EMAILS (and its cookie secret) are set. */
export function dashboardEnabled(): boolean {
  const { ADMIN_EMAILS, ADMIN_SESSION_SECRET } = settings();
  return Boolean(ADMIN_EMAILS && ADMIN_SESSION_SECRET);
}

/** The sealed session's cookie, sent to /admin paths only. */
export const ADMIN_COOKIE_NAME = 'glowpop_admin';

function sessionOptions(): SessionOptions {
  const { ADMIN_SESSION_SECRET, SITE_URL } = settings();
  return {
    cookieName: ADMIN_COOKIE_NAME,
    password: ADMIN_SESSION_SECRET ?? '',
    ttl: SESSION_HOURS * 3600,
    cookieOptions: {
      httpOnly: true,
      secure: SITE_URL.startsWith('https:'),
      sameSite: 'lax',
      path: ADMIN_PATH,
    },
  };
}

/**
 * iron-session seals the cookie (encrypted and signed with ADMIN_SESSION_SECRET): nothing is
 * stored server-side, and changing the secret signs everyone out.
 */
async function session() {
  return getIronSession<AdminSession>(await cookies(), sessionOptions());
}

/** The signed-in admin's address; undefined when signed out, expired or taken off the list. */
export async function adminEmail(): Promise<string | undefined> {
  if (!dashboardEnabled()) return undefined;
  const { email, expiresAt } = await session();
  if (!email || !expiresAt || expiresAt < Date.now()) return undefined;
  return settings().ADMIN_EMAILS?.includes(email) ? email : undefined;
}

/**
 * The signed-in admin's address, or a 404: signed out (or with the dashboard off), its pages
 * do not exist. An address taken off ADMIN_EMAILS stops working at once.
 */
export async function requireAdmin(): Promise<string> {
  return (await adminEmail()) ?? notFound();
}

export async function startAdminSession(email: string): Promise<void> {
  const current = await session();
  current.email = email;
  current.expiresAt = Date.now() + SESSION_HOURS * 3_600_000;
  await current.save();
}

export async function endAdminSession(): Promise<void> {
  (await session()).destroy();
}
