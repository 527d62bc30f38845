import MailComposer from 'nodemailer/lib/mail-composer';
import { settings } from '@/lib/config';
import { escapeHtml } from '@/lib/html-escape';
import { checkEmailAddress } from '@/lib/newsletter/email-address';
import { sendQueuedMail, type NewsletterDeps } from '@/lib/newsletter/newsletter';
import { createToken, hashToken, isWellFormedToken } from '@/lib/newsletter/tokens';
import { site } from '@/lib/site';
import { adminLinkPath } from './admin-paths';

/** A sign-in link works once, for this long. */
export const LINK_MINUTES = 15;
/** Link requests allowed an hour, per address and per network. */
const REQUESTS_PER_ADDRESS = 5;
const REQUESTS_PER_NETWORK = 20;

/**
 * What the sign-in page says after each step, by the code in its address (`?result=`): the
 * words live here, so an address can never put other words on the page.
 */
export const SIGN_IN_NOTICES = {
  // The one answer to every request, listed address or not: no one learns who may sign in.
  sent: `If that address may sign in, a link is on its way. It works once, for ${LINK_MINUTES} minutes.`,
  invalid: 'Please enter a whole email address, like name@example.com.',
  limited: 'Too many sign-in requests. Please try again in an hour.',
  unavailable: 'Sign-in is unavailable right now. Please try again in a few minutes.',
  'link-incomplete': 'That sign-in link is incomplete. Please use the whole link from the email.',
  'link-expired': `That sign-in link has expired (each works for ${LINK_MINUTES} minutes). Ask for a new one below.`,
  'link-used': 'That sign-in link has been used already, or is not valid. Ask for a new one below.',
  'link-not-admin': 'That address may no longer sign in.',
  'signed-out': 'You are signed out.',
} as const;

export type SignInNotice = keyof typeof SIGN_IN_NOTICES;

export function isSignInNotice(value: unknown): value is SignInNotice {
  return typeof value === 'string' && Object.hasOwn(SIGN_IN_NOTICES, value);
}

async function signInMessage(to: string, url: string): Promise<string> {
  const text = [
    `Sign in to the ${site.name} dashboard: ${url}`,
    '',
    `The link works once, for ${LINK_MINUTES} minutes. If you did not ask for it, ignore this email: nothing happens.`,
  ].join('\n');
  const html = `<!doctype html><html lang="en"><body style="font-family:Helvetica,Arial,sans-serif;color:#22102E">
<p>Sign in to the ${escapeHtml(site.name)} dashboard:</p>
<p><a href="${escapeHtml(url)}" style="color:#B0145A">Sign in</a></p>
<p style="font-size:14px">The link works once, for ${LINK_MINUTES} minutes. If you did not ask for it, ignore this email: nothing happens.</p>
</body></html>`;
  const composer = new MailComposer({
    from: site.newsletter.from,
    to,
    subject: `Your ${site.name} dashboard sign-in link`,
    text,
    html,
  });
  return (await composer.compile().build()).toString('utf8');
}

/**
 * Mails a sign-in link to `email` when it is one of ADMIN_EMAILS. Everyone gets the same answer
 * and every request counts against the limits, so neither tells who may sign in.
 */
export async function requestSignInLink(
  deps: NewsletterDeps,
  input: { email: unknown; clientNetwork: string | undefined },
): Promise<SignInNotice> {
  const check = checkEmailAddress(input.email);
  if (!check.ok) return 'invalid';
  const now = deps.now?.() ?? new Date();
  const address = check.email.address.toLowerCase();
  const link = createToken();
  const message = await signInMessage(address, new URL(adminLinkPath(link.token), site.url).href);
  const outcome = await deps.store.requestAdminLink({
    allowed: settings().ADMIN_EMAILS?.includes(address) ?? false,
    email: address,
    tokenHash: link.hash,
    expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
    now,
    limits: {
      windowStart: new Date(now.getTime() - 3_600_000),
      ip: input.clientNetwork
        ? { key: `admin-ip:${input.clientNetwork}`, max: REQUESTS_PER_NETWORK }
        : undefined,
      address: { key: `admin-mailbox:${check.email.mailbox}`, max: REQUESTS_PER_ADDRESS },
    },
    // Sent now; should that fail, the mail queue retries it within the link's lifetime.
    mail: { message, dueAt: new Date(now.getTime() + 60_000) },
  });
  if (outcome.action === 'limited') return 'limited';
  if (outcome.action === 'send')
    await sendQueuedMail(deps, { id: outcome.mailId, to: address, message, attempts: 0 });
  return 'sent';
}

/** Uses a sign-in link's token: the admin's address, or why it does not work. */
export async function signInWithLink(
  deps: NewsletterDeps,
  token: unknown,
): Promise<{ email: string } | SignInNotice> {
  if (!isWellFormedToken(token)) return 'link-incomplete';
  const use = await deps.store.redeemAdminLink(hashToken(token), deps.now?.() ?? new Date());
  if (use === 'expired') return 'link-expired';
  if (use === 'unknown') return 'link-used';
  // Taken off the list since the link was sent: no longer an admin.
  if (!settings().ADMIN_EMAILS?.includes(use.email)) return 'link-not-admin';
  return use;
}
