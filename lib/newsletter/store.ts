import type { EmailAddress } from './email-address';

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

/** Where a signup came from, so marketing can see which pages bring subscribers. */
export type SignupSource = {
  path: string;
  utm: Partial<Record<(typeof UTM_FIELDS)[number], string>>;
};

export const UTM_FIELDS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const;

/** Proof of consent: when, on which form and page, and which wording the reader agreed to. */
export type Consent = { at: Date; form: string; textVersion: string };

export type SubscribeRequest = {
  email: EmailAddress;
  source: SignupSource;
  consent: Consent;
  /** Hashes of fresh tokens, used only if this signup needs a (new) confirmation. */
  confirmTokenHash: string;
  unsubscribeTokenHash: string;
  confirmExpiresAt: Date;
  now: Date;
  /** A pending address gets a new confirmation only if the last was sent before this. */
  resendIfSentBefore: Date;
  /**
   * The confirmation email, queued in the same transaction when the outcome is to send one:
   * a signup is never stored without its mail, nor its mail without the signup.
   */
  confirmation: { message: string; dueAt: Date };
  /**
   * Rate limits, counted in the signup's own transaction (one commit a signup): the attempt is
   * recorded under the network's key (when known), then under the mailbox's, and the signup goes
   * ahead only while each has made at most `max` attempts since `windowStart`, this one
   * included, and the site has sent fewer than `siteMails` confirmations since then.
   */
  limits: {
    windowStart: Date;
    /** Per network, when the client's network is known (TRUST_PROXY). */
    ip?: AttemptLimit;
    /** Per mailbox (EmailAddress.mailbox). */
    address: AttemptLimit;
    /** Confirmation emails the whole site may send in the window. */
    siteMails: number;
  };
};

export type AttemptLimit = { key: string; max: number };

/**
 * What a signup did. Readers see the same message for every outcome; only the mail differs.
 * `send-confirmation`: the given tokens are now the subscriber's, mail them.
 */
export type SubscribeOutcome =
  | {
      action: 'send-confirmation';
      subscriberId: number;
      reason: 'new' | 'resend' | 'resubscribe';
      /** The queued confirmation's id in the mail queue. */
      mailId: number;
    }
  | { action: 'none'; subscriberId: number; reason: 'recently-sent' | 'already-confirmed' }
  /** Over a rate limit: nothing was stored but the attempt. */
  | { action: 'limited'; limit: 'ip' | 'address' | 'site' };

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'unknown';
export type UnsubscribeOutcome = 'unsubscribed' | 'already-unsubscribed' | 'unknown';

export type QueuedMail = {
  id: number;
  to: string;
  /** The rendered message (RFC 5322 source); erased once delivered. */
  message: string;
  attempts: number;
};

export type SubscriberRecord = {
  email: string;
  status: SubscriberStatus;
  createdAt: Date;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  /** When a reader who had unsubscribed confirmed again (unsubscribedAt stays, as history). */
  resubscribedAt: Date | null;
  sourcePath: string;
  utm: SignupSource['utm'];
  consentAt: Date;
  consentForm: string;
  consentTextVersion: string;
};

export type SearchMiss = { query: string; count: number; days: number; lastDay: string };

export type SubscriberFilter = { status?: SubscriberStatus; since?: Date };

/**
 * The newsletter's storage, in SQLite (default) or PostgreSQL (DATABASE_URL), one implementation
 * (newsletter-store.ts). Every method is one transaction, so concurrent signups and several
 * server instances stay consistent; the contract tests run the same suite against both.
 */
export interface NewsletterStore {
  subscribe(request: SubscribeRequest): Promise<SubscribeOutcome>;
  confirm(confirmTokenHash: string, now: Date): Promise<ConfirmOutcome>;
  unsubscribe(unsubscribeTokenHash: string, now: Date): Promise<UnsubscribeOutcome>;
  /** Queues a message; the retry loop may pick it up from `dueAt` (default: at once). */
  enqueueMail(to: string, message: string, now: Date, dueAt?: Date): Promise<number>;
  /** Mail due for (re)delivery, oldest first. */
  dueMail(now: Date, limit: number): Promise<QueuedMail[]>;
  markMailSent(id: number, now: Date): Promise<void>;
  markMailFailed(id: number, error: string, retryAt: Date): Promise<void>;
  /** Gives up on a message (the server refused it for good, or it failed too often): why is kept. */
  markMailUndeliverable(id: number, error: string, now: Date): Promise<void>;
  subscribers(filter: SubscriberFilter): Promise<SubscriberRecord[]>;
  /**
   * Counts one search that found nothing, under its normalized text and the day (YYYY-MM-DD,
   * UTC). Nothing about who searched is kept. Search shares the newsletter's database: one
   * store to set up, back up and move.
   */
  recordSearchMiss(query: string, day: string): Promise<void>;
  /** Missed searches since `day` (inclusive), most frequent first. */
  searchMisses(since?: string): Promise<SearchMiss[]>;
  close(): Promise<void>;
}
