import type { Transaction } from 'kysely';
import { planExistingSignup } from './plan-subscribe';
import type {
  AttemptLimit,
  ConfirmOutcome,
  NewsletterStore,
  SubscribeOutcome,
  SubscribeRequest,
  SubscriberRecord,
  UnsubscribeOutcome,
} from './store';
import { iso, toDate, type NewsletterTables, type StoreDatabase } from './store-database';

type Trx = Transaction<NewsletterTables>;

const parseUtm = (utm: string | Record<string, string>): SubscriberRecord['utm'] =>
  typeof utm === 'string' ? (JSON.parse(utm) as SubscriberRecord['utm']) : utm;

/** The newsletter's storage over either database; see StoreDatabase for what differs. */
export function newsletterStore(database: StoreDatabase): NewsletterStore {
  const { db } = database;

  function write<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    database.assertWritable();
    return db.transaction().execute(work);
  }

  /** The subscriber with this value in a unique column, locked for the rest of the transaction. */
  function subscriberBy(
    trx: Trx,
    column: 'email_key' | 'confirm_token_hash' | 'unsubscribe_token_hash',
    value: string,
  ) {
    return trx
      .selectFrom('subscribers')
      .select(['id', 'status', 'confirm_expires_at', 'confirmation_sent_at'])
      .where(column, '=', value)
      .$if(database.locksRows, (query) => query.forUpdate())
      .executeTakeFirst();
  }

  async function queueMail(trx: Trx, to: string, message: string, now: Date, dueAt: Date) {
    const { id } = await trx
      .insertInto('mail_queue')
      .values({ to_address: to, message, next_attempt_at: iso(dueAt), created_at: iso(now) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(id);
  }

  /** One more failed attempt at delivering mail `id`, why, and what happens next. */
  async function recordFailure(
    id: number,
    error: string,
    next: { next_attempt_at: string } | { given_up_at: string; message: null },
  ) {
    database.assertWritable();
    await db
      .updateTable('mail_queue')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, ...next }))
      .where('id', '=', id)
      .execute();
  }

  /** Records an attempt under the limit's key; true while the key stays within its limit. */
  async function withinLimit(trx: Trx, limit: AttemptLimit, now: Date, windowStart: Date) {
    await database.lockKey(trx, limit.key);
    await trx
      .insertInto('signup_attempts')
      .values({ key: limit.key, at: iso(now) })
      .execute();
    const { count } = await trx
      .selectFrom('signup_attempts')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('key', '=', limit.key)
      .where('at', '>=', iso(windowStart))
      .executeTakeFirstOrThrow();
    return Number(count) <= limit.max;
  }

  async function subscribe(trx: Trx, request: SubscribeRequest): Promise<SubscribeOutcome> {
    const { limits, now } = request;
    await trx.deleteFrom('signup_attempts').where('at', '<', iso(limits.windowStart)).execute();
    if (limits.ip && !(await withinLimit(trx, limits.ip, now, limits.windowStart))) {
      return { action: 'limited', limit: 'ip' };
    }
    if (!(await withinLimit(trx, limits.address, now, limits.windowStart))) {
      return { action: 'limited', limit: 'address' };
    }
    // Not exact under concurrency on PostgreSQL (signups in flight may each see room), which a
    // cap against floods does not need; exact would make every signup wait for every other.
    const { sent } = await trx
      .selectFrom('subscribers')
      .select((eb) => eb.fn.countAll().as('sent'))
      .where('confirmation_sent_at', '>=', iso(limits.windowStart))
      .executeTakeFirstOrThrow();
    if (Number(sent) >= limits.siteMails) return { action: 'limited', limit: 'site' };

    const pending = {
      status: 'pending',
      updated_at: iso(now),
      consent_at: iso(request.consent.at),
      consent_form: request.consent.form,
      consent_text_version: request.consent.textVersion,
      confirm_token_hash: request.confirmTokenHash,
      confirm_expires_at: iso(request.confirmExpiresAt),
      unsubscribe_token_hash: request.unsubscribeTokenHash,
      confirmation_sent_at: iso(now),
    } as const;
    const queueConfirmation = () =>
      queueMail(
        trx,
        request.email.address,
        request.confirmation.message,
        now,
        request.confirmation.dueAt,
      );

    // The unique normalised address makes a signup idempotent, however many arrive at once.
    const inserted = await trx
      .insertInto('subscribers')
      .values({
        ...pending,
        email: request.email.address,
        email_key: request.email.key,
        created_at: iso(now),
        source_path: request.source.path,
        utm: JSON.stringify(request.source.utm),
      })
      .onConflict((conflict) => conflict.column('email_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      return {
        action: 'send-confirmation',
        subscriberId: Number(inserted.id),
        reason: 'new',
        mailId: await queueConfirmation(),
      };
    }

    const existing = await subscriberBy(trx, 'email_key', request.email.key);
    if (!existing) throw new Error('A conflicting signup disappeared inside its transaction.');
    const subscriberId = Number(existing.id);
    const plan = planExistingSignup(
      { status: existing.status, confirmationSentAt: toDate(existing.confirmation_sent_at) },
      request,
    );
    if (plan.action === 'none') return { ...plan, subscriberId };
    await trx
      .updateTable('subscribers')
      .set({ ...pending, unsubscribed_at: null })
      .where('id', '=', existing.id)
      .execute();
    return { ...plan, subscriberId, mailId: await queueConfirmation() };
  }

  async function confirm(trx: Trx, tokenHash: string, now: Date): Promise<ConfirmOutcome> {
    const row = await subscriberBy(trx, 'confirm_token_hash', tokenHash);
    if (!row) return 'unknown';
    if (row.confirm_expires_at !== null && toDate(row.confirm_expires_at) <= now) return 'expired';
    // The token works once: it is cleared as the address is confirmed.
    await trx
      .updateTable('subscribers')
      .set({
        status: 'confirmed',
        confirmed_at: iso(now),
        updated_at: iso(now),
        confirm_token_hash: null,
        confirm_expires_at: null,
      })
      .where('id', '=', row.id)
      .execute();
    return row.status === 'confirmed' ? 'already-confirmed' : 'confirmed';
  }

  async function unsubscribe(trx: Trx, tokenHash: string, now: Date): Promise<UnsubscribeOutcome> {
    const row = await subscriberBy(trx, 'unsubscribe_token_hash', tokenHash);
    if (!row) return 'unknown';
    if (row.status === 'unsubscribed') return 'already-unsubscribed';
    await trx
      .updateTable('subscribers')
      .set({
        status: 'unsubscribed',
        unsubscribed_at: iso(now),
        updated_at: iso(now),
        confirm_token_hash: null,
        confirm_expires_at: null,
      })
      .where('id', '=', row.id)
      .execute();
    return 'unsubscribed';
  }

  return {
    subscribe: (request) => write((trx) => subscribe(trx, request)),
    confirm: (tokenHash, now) => write((trx) => confirm(trx, tokenHash, now)),
    unsubscribe: (tokenHash, now) => write((trx) => unsubscribe(trx, tokenHash, now)),
    enqueueMail: (to, message, now, dueAt = now) =>
      write((trx) => queueMail(trx, to, message, now, dueAt)),

    async dueMail(now, limit) {
      const rows = await db
        .selectFrom('mail_queue')
        .select(['id', 'to_address', 'message', 'attempts'])
        .where('sent_at', 'is', null)
        .where('given_up_at', 'is', null)
        .where('next_attempt_at', '<=', iso(now))
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: Number(row.id),
        to: row.to_address,
        // Only delivered mail has its message erased, and delivered mail is never due.
        message: row.message ?? '',
        attempts: row.attempts,
      }));
    },
    async markMailSent(id, now) {
      database.assertWritable();
      // The message holds a live confirmation link, and the address is the subscriber's own
      // record's business: once delivered, neither is kept here.
      await db
        .updateTable('mail_queue')
        .set({ sent_at: iso(now), message: null, to_address: '' })
        .where('id', '=', id)
        .execute();
    },
    markMailFailed: (id, error, retryAt) =>
      recordFailure(id, error, { next_attempt_at: iso(retryAt) }),
    // The link in a given-up message is dead weight; the reason stays, for whoever looks.
    markMailUndeliverable: (id, error, now) =>
      recordFailure(id, error, { given_up_at: iso(now), message: null }),
    async subscribers(filter) {
      let query = db.selectFrom('subscribers').selectAll();
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.since) query = query.where('created_at', '>=', iso(filter.since));
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => ({
        email: row.email,
        status: row.status,
        createdAt: toDate(row.created_at),
        confirmedAt: row.confirmed_at === null ? null : toDate(row.confirmed_at),
        unsubscribedAt: row.unsubscribed_at === null ? null : toDate(row.unsubscribed_at),
        sourcePath: row.source_path,
        utm: parseUtm(row.utm),
        consentAt: toDate(row.consent_at),
        consentForm: row.consent_form,
        consentTextVersion: row.consent_text_version,
      }));
    },
    close: () => db.destroy(),
  };
}
