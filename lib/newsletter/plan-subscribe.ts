import type { SubscribeOutcome, SubscribeRequest, SubscriberStatus } from './store';

/** The decision alone; the store adds the ids once it has written it. */
export type SignupPlan =
  | { action: 'send-confirmation'; reason: 'resend' | 'resubscribe' }
  | { action: 'none'; reason: Extract<SubscribeOutcome, { action: 'none' }>['reason'] };

/** The parts of an existing subscriber a new signup for the same address depends on. */
export type ExistingSubscriber = {
  status: SubscriberStatus;
  confirmationSentAt: Date;
  /** A mail server refused the address for good: newsletters skip it until it is confirmed. */
  bouncedAt: Date | null;
};

/**
 * What a signup for an address that is already known should do. Both stores run this inside
 * their transaction, so the rules live in one place:
 * - confirmed: nothing (the reader is told the same "check your inbox" either way), unless
 *   the address bounced: then a fresh confirmation, as rarely as a resend, whose link puts
 *   the address back on the newsletter;
 * - pending: a fresh confirmation, unless one went out recently (resend rate limit);
 * - unsubscribed: a new confirmation, as rarely as a resend; the address stays opted out
 *   unless its owner uses the link.
 */
export function planExistingSignup(
  existing: ExistingSubscriber,
  request: SubscribeRequest,
): SignupPlan {
  switch (existing.status) {
    case 'confirmed':
      if (existing.bouncedAt === null) return { action: 'none', reason: 'already-confirmed' };
      return existing.confirmationSentAt < request.resendIfSentBefore
        ? { action: 'send-confirmation', reason: 'resend' }
        : { action: 'none', reason: 'recently-sent' };
    case 'pending':
      return existing.confirmationSentAt < request.resendIfSentBefore
        ? { action: 'send-confirmation', reason: 'resend' }
        : { action: 'none', reason: 'recently-sent' };
    case 'unsubscribed':
      return existing.confirmationSentAt < request.resendIfSentBefore
        ? { action: 'send-confirmation', reason: 'resubscribe' }
        : { action: 'none', reason: 'recently-sent' };
  }
}
