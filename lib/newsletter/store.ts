import type { EmailAddress } from './email-address';
import type { DeliveryStatus, Device } from './store-database';

export type { Device };

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

/** Where a signup came from, so marketing can see which pages bring subscribers. */
export type SignupSource = {
  /** The page the form was on. */
  path: string;
  /** The campaign: from the page the visit began on when known, else the form's page. */
  utm: Partial<Record<(typeof UTM_FIELDS)[number], string>>;
  /** The page the reader's visit began on (JavaScript keeps it for the tab), when known. */
  landingPath?: string;
  /** The host of another site that sent them there, when known. */
  referrerHost?: string;
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
  /** When a mail server refused the address for good (a newsletter skips it from then on). */
  bouncedAt: Date | null;
  sourcePath: string;
  landingPath: string | null;
  referrerHost: string | null;
  utm: SignupSource['utm'];
  consentAt: Date;
  consentForm: string;
  consentTextVersion: string;
};

export type SearchMiss = { query: string; count: number; days: number; lastDay: string };

export type SubscriberFilter = {
  status?: SubscriberStatus;
  since?: Date;
  /** The page they signed up on, exactly. */
  sourcePath?: string;
  /** The utm_campaign they signed up with, exactly. */
  campaign?: string;
};

/**
 * The newsletter's storage, in SQLite (default) or PostgreSQL (DATABASE_URL), one implementation
 * (newsletter-store.ts). Every method is one transaction, so concurrent signups and several
 * server instances stay consistent; the contract tests run the same suite against both.
 */
export interface NewsletterStore extends SendStore, AdminStore, PageViewStore {
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

/** An issue of the newsletter carries the article's opening (default) or all of it. */
export type SendFormat = 'excerpt' | 'full';

export type SendRequest = {
  slug: string;
  subject: string;
  intro: string | null;
  format: SendFormat;
  now: Date;
  /** Send a finished article again, as a new edition, to every confirmed reader. */
  resend: boolean;
};

export type SendRecord = {
  id: number;
  slug: string;
  edition: number;
  subject: string;
  intro: string | null;
  format: SendFormat;
  /** Readers it was addressed to when it started. */
  recipients: number;
  createdAt: Date;
  finishedAt: Date | null;
};

export type SendSummary = SendRecord & {
  counts: Record<DeliveryStatus, number>;
  lastSentAt: Date | null;
};

/**
 * What `send` does with an article: start a send; resume the unfinished one (a killed sender,
 * or one still running elsewhere, whose readers it shares); or nothing, since every reader has
 * had it and a second edition was not asked for; or nothing, as no one is on the list.
 */
export type StartSendOutcome =
  | { action: 'started' | 'resumed'; send: SendRecord }
  | { action: 'already-sent'; send: SendSummary }
  | { action: 'no-subscribers' };

export type ClaimedDelivery = { id: number; email: string; attempts: number };

export type DeliveryClaim = {
  /** Who claims: each sender process names itself uniquely. */
  worker: string;
  now: Date;
  /** Until when the claim holds; a sender killed meanwhile leaves it to others after that. */
  leaseUntil: Date;
  limit: number;
};

export type DeliveryRecord = {
  /** Null when the reader has since been erased from the list. */
  email: string | null;
  status: DeliveryStatus;
  attempts: number;
  sentAt: Date | null;
  lastError: string | null;
};

/**
 * Sending an article to the list, exactly once per reader: deliveries are claimed in small
 * batches (FOR UPDATE SKIP LOCKED on PostgreSQL, so senders on several machines share one
 * send), and a delivery is recorded as sent in the same transaction that checks the reader is
 * still subscribed and stores their unsubscribe link, before the mail server may accept it.
 */
export interface SendStore {
  /** Readers a send would go to now: confirmed, and not refused for good by their server. */
  audience(): Promise<number>;
  startSend(request: SendRequest): Promise<StartSendOutcome>;
  /** Up to `limit` deliveries due now for readers still subscribed, claimed for `worker`. */
  claimDeliveries(sendId: number, claim: DeliveryClaim): Promise<ClaimedDelivery[]>;
  /**
   * Records the delivery as sent, with the unsubscribe link its message carries; false (and
   * nothing stored) when the reader unsubscribed or bounced meanwhile, or the claim was lost.
   * `alongsideCommit` runs only when it records, in the same synchronous step that hands the
   * commit to the database and before its answer: the sender ends the message there, so a
   * process killed at any instant has either handed both to the operating system or neither.
   */
  markDeliverySent(
    id: number,
    worker: string,
    unsubscribeTokenHash: string,
    now: Date,
    alongsideCommit?: () => void,
  ): Promise<boolean>;
  /**
   * A temporary failure (or a message the server never got the end of): pending again until
   * `retryAt`. Only the delivery's holder can do this (see markDeliverySent).
   */
  retryDelivery(id: number, worker: string, error: string, retryAt: Date): Promise<void>;
  /**
   * Given up, by its holder: 'bounced' also marks the reader's address, which no send goes to
   * again.
   */
  endDelivery(
    id: number,
    worker: string,
    outcome: 'bounced' | 'failed',
    error: string,
    now: Date,
  ): Promise<void>;
  /** Hands back what `worker` claimed and did not finish (a sender stopping cleanly). */
  releaseClaims(sendId: number, worker: string): Promise<void>;
  /**
   * When there may next be work: the earliest retry due, or the earliest claim another sender
   * holds running out; null when neither waits.
   */
  nextWorkAt(sendId: number): Promise<Date | null>;
  /** Skips readers gone from the list; when nothing is left to do, the send is finished. */
  finishSend(sendId: number, now: Date): Promise<SendSummary>;
  /** One send's figures now. */
  sendSummary(sendId: number): Promise<SendSummary>;
  /** Every send, or those of one article, newest first. */
  sendSummaries(slug?: string): Promise<SendSummary[]>;
  deliveryReport(sendId: number): Promise<DeliveryRecord[]>;
}

/** A request for a dashboard sign-in link, rate-limited like a signup. */
export type AdminLinkRequest = {
  /** Whether the address is one of ADMIN_EMAILS: only then is a link stored and mailed. */
  allowed: boolean;
  email: string;
  tokenHash: string;
  expiresAt: Date;
  now: Date;
  limits: { windowStart: Date; ip?: AttemptLimit; address: AttemptLimit };
  /** The email with the link, queued in the same transaction as the link. */
  mail: { message: string; dueAt: Date };
};

export type AdminLinkOutcome =
  | { action: 'send'; mailId: number }
  /** Not an admin, or over a limit: nothing stored but the attempt, and no mail. */
  | { action: 'none' | 'limited' };

export type AdminLinkUse = { email: string } | 'expired' | 'unknown';

/** Per day (YYYY-MM-DD, UTC) since the period's start; days without any are absent. */
export type DailyCounts = { day: string; count: number }[];

export type DashboardFigures = {
  confirmedNow: number;
  signups: DailyCounts;
  confirmations: DailyCounts;
  unsubscribes: DailyCounts;
  /** Of the signups made in the period, how many have confirmed. */
  signupsConfirmed: number;
};

/** What signups are counted by: the form's page, and the campaign fields. */
export type SignupDimension = 'source_path' | 'utm_source' | 'utm_medium' | 'utm_campaign';

export type SignupTotal = {
  /** Each dimension's value; '' where a signup had none. */
  key: Partial<Record<SignupDimension, string>>;
  signups: number;
  /** Of those, how many have confirmed. */
  confirmed: number;
};

/** The marketing dashboard's sign-in and figures (ADMIN_EMAILS). */
export interface AdminStore {
  /** Signups made since `since`, summed per `groupBy`, most first. */
  signupTotals(since: Date, groupBy: readonly SignupDimension[]): Promise<SignupTotal[]>;
  requestAdminLink(request: AdminLinkRequest): Promise<AdminLinkOutcome>;
  /** Signs in with a link: it works once, until it expires. */
  redeemAdminLink(tokenHash: string, now: Date): Promise<AdminLinkUse>;
  dashboardFigures(since: Date): Promise<DashboardFigures>;
  /** One page of the list, oldest first, and how many match in all. */
  subscriberPage(
    filter: SubscriberFilter,
    page: { offset: number; limit: number },
  ): Promise<{ total: number; rows: SubscriberRecord[] }>;
  /**
   * Erases a person on request: their row, their links, their deliveries and their mail, queued
   * or sent. What stays is an audit line saying who erased someone, and when; not whom.
   */
  eraseSubscriber(email: string, erasedBy: string, now: Date): Promise<'erased' | 'unknown'>;
}

/** What page views are counted by: every column of their table but the count. */
export type ViewDimension =
  'day' | 'path' | 'referrer_host' | 'utm_source' | 'utm_medium' | 'utm_campaign' | 'device';

/**
 * Views of one page on one day (YYYY-MM-DD, UTC), from one origin and one device class. Empty
 * text means none: a visit with no referrer from another site, or no campaign.
 */
export type PageViews = {
  day: string;
  path: string;
  referrerHost: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  device: Device;
  views: number;
};

export type ViewTotal = { key: Partial<Record<ViewDimension, string>>; views: number };

/** Page views, counted without anything about who viewed them. */
export interface PageViewStore {
  /** Adds each to its row's total, all in one transaction (several views of a row at once). */
  addPageViews(views: readonly PageViews[]): Promise<void>;
  /** Views since `since` (YYYY-MM-DD, inclusive) matching `where`, summed per `groupBy`, most first. */
  viewTotals(
    since: string,
    groupBy: readonly ViewDimension[],
    where?: Partial<Record<ViewDimension, string>>,
  ): Promise<ViewTotal[]>;
}
