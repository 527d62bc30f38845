import { site } from '@/lib/site';
import { checkEmailAddress } from './email-address';
import { isPermanentFailure, type Mailer } from './mailer';
import { confirmationLinks, confirmationMessage } from './messages';
import { redactAddress, redactForLog } from './redact';
import { UTM_FIELDS, type NewsletterStore, type QueuedMail, type SignupSource } from './store';
import { createToken, hashToken, isWellFormedToken } from './tokens';

export type NewsletterDeps = {
  store: NewsletterStore;
  mailer: Mailer;
  now?: () => Date;
  log?: (line: string) => void;
  /**
   * Runs work the reader need not wait for (sending the confirmation) after the response; the
   * server passes Next's `after`. Without it the work is awaited, as tests want.
   */
  afterResponse?: (task: () => Promise<unknown>) => void;
};

/** What a signup form posts, untrusted: any field may be missing, a list, or an object. */
export type SignupInput = {
  email: unknown;
  /** The hidden field only bots fill in. */
  website: unknown;
  sourcePath: unknown;
  utm: Record<string, unknown>;
  /** Where the visit began and who sent the reader (submitSignup checked both). */
  landingPath?: string;
  referrerHost?: string;
  form: string;
  /** The client's network (clientNetwork), when a trusted proxy says it. */
  clientNetwork: string | undefined;
  /** Confirmation emails the whole site may send an hour (NEWSLETTER_MAILS_PER_HOUR). */
  siteMailsPerHour: number;
};

export type SignupResult = { ok: boolean; status: 200 | 400 | 429; message: string };

/** The one success message, whatever the address's state: no one learns who is on the list. */
export const CHECK_INBOX = `Almost there! Check your inbox to confirm your subscription. The link works for ${site.newsletter.confirmLinkHours} hours.`;

const HOUR = 3_600_000;
/** Minutes to wait before each retry of a mail that failed to send. */
const RETRY_MINUTES = [1, 5, 30, 120, 720];
/** A message still failing after this many tries (about a day of retries) is given up. */
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 3;

const success: SignupResult = { ok: true, status: 200, message: CHECK_INBOX };
const TOO_MANY_FOR_SITE: SignupResult = {
  ok: false,
  status: 429,
  message:
    'So many readers are signing up right now that we have paused it. Please try again in an hour.',
};
const TOO_MANY_FROM_IP: SignupResult = {
  ok: false,
  status: 429,
  message: 'Too many signups from your connection. Please try again in an hour.',
};

function cleanSource(
  sourcePath: unknown,
  utm: Record<string, unknown>,
  visit: Pick<SignupSource, 'landingPath' | 'referrerHost'>,
): SignupSource {
  const path =
    typeof sourcePath === 'string' && sourcePath.startsWith('/') && sourcePath.length <= 512
      ? sourcePath
      : '/';
  const cleanUtm: SignupSource['utm'] = {};
  for (const field of UTM_FIELDS) {
    const value = utm[field];
    if (typeof value === 'string' && value.trim() !== '')
      cleanUtm[field] = value.trim().slice(0, 200);
  }
  return {
    path,
    utm: cleanUtm,
    ...(visit.landingPath ? { landingPath: visit.landingPath } : {}),
    ...(visit.referrerHost ? { referrerHost: visit.referrerHost } : {}),
  };
}

export async function signUp(deps: NewsletterDeps, input: SignupInput): Promise<SignupResult> {
  const now = deps.now?.() ?? new Date();
  // A bot that fills the hidden field is told it worked, and nothing is stored or sent.
  if (typeof input.website !== 'string' || input.website !== '') return success;

  const check = checkEmailAddress(input.email);
  if (!check.ok) return { ok: false, status: 400, message: check.message };

  const confirm = createToken();
  const unsubscribe = createToken();
  const links = confirmationLinks(confirm.token, unsubscribe.token);
  // Composed before the transaction so the store can queue it with the signup, atomically.
  const message = await confirmationMessage(check.email.address, links);
  const outcome = await deps.store.subscribe({
    email: check.email,
    source: cleanSource(input.sourcePath, input.utm, input),
    consent: { at: now, form: input.form, textVersion: site.newsletter.consentVersion },
    confirmTokenHash: confirm.hash,
    unsubscribeTokenHash: unsubscribe.hash,
    confirmExpiresAt: new Date(now.getTime() + site.newsletter.confirmLinkHours * HOUR),
    now,
    resendIfSentBefore: new Date(now.getTime() - site.newsletter.resendAfterMinutes * 60_000),
    confirmation: { message, dueAt: new Date(now.getTime() + SEND_NOW_GRACE_MS) },
    limits: {
      windowStart: new Date(now.getTime() - HOUR),
      ip: input.clientNetwork
        ? { key: `ip:${input.clientNetwork}`, max: site.newsletter.attemptsPerIpPerHour }
        : undefined,
      address: {
        key: `mailbox:${check.email.mailbox}`,
        max: site.newsletter.attemptsPerAddressPerHour,
      },
      siteMails: input.siteMailsPerHour,
    },
  });

  if (outcome.action === 'limited') {
    // Per-mailbox limits answer with the usual success, so they reveal nothing about the list.
    if (outcome.limit === 'address') return success;
    return outcome.limit === 'ip' ? TOO_MANY_FROM_IP : TOO_MANY_FOR_SITE;
  }

  if (outcome.action === 'send-confirmation') {
    if (deps.mailer.kind === 'outbox') {
      // The link itself stays in the .eml file: whoever reads the log must not confirm for them.
      deps.log?.(
        `Newsletter: confirmation for ${redactAddress(check.email.address)} written to the outbox folder`,
      );
    }
    // Only this signup's message: draining the whole queue here made every request under load
    // send (and re-send) other readers' mail.
    const mail = { id: outcome.mailId, to: check.email.address, message, attempts: 0 };
    const send = () => sendQueuedMail(deps, mail);
    if (deps.afterResponse) deps.afterResponse(send);
    else await send();
  }
  return success;
}

/**
 * A signup sends its confirmation straight away; the retry loop leaves it alone this long, so
 * the two never send it twice. Should the process die before sending, the loop sends it then.
 */
const SEND_NOW_GRACE_MS = 2 * 60_000;

/** Sends one queued message; on failure it waits in the queue, retried with growing delays. */
export async function sendQueuedMail(
  deps: NewsletterDeps,
  mail: Pick<QueuedMail, 'id' | 'to' | 'message' | 'attempts'>,
): Promise<boolean> {
  try {
    await deps.mailer.deliver(mail.to, mail.message);
    await deps.store.markMailSent(mail.id, deps.now?.() ?? new Date());
    return true;
  } catch (error) {
    const now = deps.now?.() ?? new Date();
    const reason = error instanceof Error ? error.message : String(error);
    if (isPermanentFailure(error) || mail.attempts + 1 >= MAX_ATTEMPTS) {
      await deps.store.markMailUndeliverable(mail.id, reason, now);
      deps.log?.(
        `Newsletter: gave up on mail to ${redactAddress(mail.to)} after ${mail.attempts + 1} attempts (${redactForLog(reason)})`,
      );
      return false;
    }
    const minutes = RETRY_MINUTES[Math.min(mail.attempts, RETRY_MINUTES.length - 1)] ?? 60;
    await deps.store.markMailFailed(mail.id, reason, new Date(now.getTime() + minutes * 60_000));
    deps.log?.(
      `Newsletter: mail to ${redactAddress(mail.to)} failed (${redactForLog(reason)}); retrying in ${minutes} min`,
    );
    return false;
  }
}

/** Sends queued mail that is due; failures wait and are retried with growing delays. */
export async function deliverDueMail(
  deps: NewsletterDeps,
): Promise<{ sent: number; failed: number }> {
  const now = deps.now?.() ?? new Date();
  let sent = 0;
  let failed = 0;
  for (const mail of await deps.store.dueMail(now, 20)) {
    if (await sendQueuedMail(deps, mail)) sent += 1;
    else failed += 1;
  }
  return { sent, failed };
}

export type TokenResult = { status: 200 | 400 | 404 | 410; message: string };

export async function confirmSubscription(
  deps: NewsletterDeps,
  token: unknown,
): Promise<TokenResult> {
  if (!isWellFormedToken(token)) {
    return {
      status: 400,
      message: 'This confirmation link is incomplete. Please use the whole link from the email.',
    };
  }
  const outcome = await deps.store.confirm(hashToken(token), deps.now?.() ?? new Date());
  switch (outcome) {
    case 'confirmed':
    case 'already-confirmed':
      return { status: 200, message: 'You’re subscribed. Welcome to the glow!' };
    case 'expired':
      return {
        status: 410,
        message: 'This confirmation link has expired. Sign up again and we’ll send a fresh one.',
      };
    case 'unknown':
      return {
        status: 404,
        message:
          'This confirmation link is not valid any more: it may have been used already. Sign up again if you need a new one.',
      };
  }
}

export async function unsubscribeByToken(
  deps: NewsletterDeps,
  token: unknown,
): Promise<TokenResult> {
  if (!isWellFormedToken(token)) {
    return {
      status: 400,
      message: 'This unsubscribe link is incomplete. Please use the whole link from the email.',
    };
  }
  const outcome = await deps.store.unsubscribe(hashToken(token), deps.now?.() ?? new Date());
  if (outcome === 'unknown') {
    return {
      status: 404,
      message: 'This unsubscribe link is not valid. Please use the link from your latest email.',
    };
  }
  return { status: 200, message: 'You’re unsubscribed. You won’t get any more emails from us.' };
}
