import { sql, type Selectable, type Transaction } from 'kysely';
import { addressDigest } from './email-address';
import { planExistingSignup } from './plan-subscribe';
import { pageViewStore } from './page-view-store';
import { sendStore } from './send-store';
import type {
  AdminLinkOutcome,
  AdminLinkRequest,
  AdminLinkUse,
  AttemptLimit,
  DailyCounts,
  ConfirmOutcome,
  NewsletterStore,
  SubscribeOutcome,
  SubscribeRequest,
  SignupDimension,
  SubscriberFilter,
  SubscriberRecord,
  UnsubscribeOutcome,
} from './store';
import {
  dayOf,
  iso,
  toDate,
  utmField,
  type NewsletterTables,
  type StoreDatabase,
} from './store-database';

type Trx = Transaction<NewsletterTables>;

/**
 * Distinct missed searches kept a day. Anyone can search, so anyone could fill the table with
 * made-up queries; past the cap only searches already counted that day are counted again.
 */
export const SEARCH_MISSES_PER_DAY = 1_000;

const parseUtm = (utm: string | Record<string, string>): SubscriberRecord['utm'] =>
  typeof utm === 'string' ? (JSON.parse(utm) as SubscriberRecord['utm']) : utm;

function toSubscriberRecord(row: Selectable<NewsletterTables['subscribers']>): SubscriberRecord {
  return {
    email: row.email,
    status: row.status,
    createdAt: toDate(row.created_at),
    confirmedAt: row.confirmed_at === null ? null : toDate(row.confirmed_at),
    unsubscribedAt: row.unsubscribed_at === null ? null : toDate(row.unsubscribed_at),
    resubscribedAt: row.resubscribed_at === null ? null : toDate(row.resubscribed_at),
    bouncedAt: row.bounced_at === null ? null : toDate(row.bounced_at),
    sourcePath: row.source_path,
    landingPath: row.landing_path,
    referrerHost: row.referrer_host,
    utm: parseUtm(row.utm),
    consentAt: toDate(row.consent_at),
    consentForm: row.consent_form,
    consentTextVersion: row.consent_text_version,
  };
}

/** The newsletter's storage over either database; see StoreDatabase for what differs. */
export function newsletterStore(database: StoreDatabase): NewsletterStore {
  const { db } = database;

  function write<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    database.assertWritable();
    return db.transaction().execute(work);
  }

  /** The subscriber with this address, locked for the rest of the transaction. */
  function subscriberByKey(trx: Trx, emailKey: string) {
    return trx
      .selectFrom('subscribers')
      .select(['id', 'status', 'confirmation_sent_at', 'bounced_at'])
      .where('email_key', '=', emailKey)
      .$if(database.locksRows, (query) => query.forUpdate())
      .executeTakeFirst();
  }

  /** The subscriber a link's token belongs to, locked for the rest of the transaction. */
  function subscriberByToken(
    trx: Trx,
    table: 'confirmation_tokens' | 'unsubscribe_tokens',
    tokenHash: string,
  ) {
    return trx
      .selectFrom(table)
      .innerJoin('subscribers', 'subscribers.id', `${table}.subscriber_id`)
      .select(['subscribers.id', 'subscribers.status', 'subscribers.bounced_at'])
      .where(`${table}.token_hash`, '=', tokenHash)
      .$if(database.locksRows, (query) => query.forUpdate())
      .executeTakeFirst();
  }

  /** Makes the links of a confirmation email work: its confirmation and unsubscribe tokens. */
  async function addLinks(trx: Trx, subscriberId: number | string, request: SubscribeRequest) {
    await trx
      .insertInto('confirmation_tokens')
      .values({
        token_hash: request.confirmTokenHash,
        subscriber_id: subscriberId,
        expires_at: iso(request.confirmExpiresAt),
      })
      .execute();
    await trx
      .insertInto('unsubscribe_tokens')
      .values({ token_hash: request.unsubscribeTokenHash, subscriber_id: subscriberId })
      .execute();
  }

  /** Confirmation links not used yet stop working (the address was confirmed, or opted out). */
  async function retireConfirmationLinks(trx: Trx, subscriberId: number | string) {
    await trx.deleteFrom('confirmation_tokens').where('subscriber_id', '=', subscriberId).execute();
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

    // The consent this signup gave, and when its confirmation goes out.
    const consent = {
      updated_at: iso(now),
      consent_at: iso(request.consent.at),
      consent_form: request.consent.form,
      consent_text_version: request.consent.textVersion,
      confirmation_sent_at: iso(now),
    };
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
        ...consent,
        status: 'pending',
        email: request.email.address,
        email_key: request.email.key,
        created_at: iso(now),
        source_path: request.source.path,
        landing_path: request.source.landingPath ?? null,
        referrer_host: request.source.referrerHost ?? null,
        utm: JSON.stringify(request.source.utm),
        // Required by the first schema, read no more: the links live in their own tables.
        unsubscribe_token_hash: request.unsubscribeTokenHash,
      })
      .onConflict((conflict) => conflict.column('email_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      await addLinks(trx, inserted.id, request);
      return {
        action: 'send-confirmation',
        subscriberId: Number(inserted.id),
        reason: 'new',
        mailId: await queueConfirmation(),
      };
    }

    const existing = await subscriberByKey(trx, request.email.key);
    if (!existing) throw new Error('A conflicting signup disappeared inside its transaction.');
    const subscriberId = Number(existing.id);
    const plan = planExistingSignup(
      {
        status: existing.status,
        confirmationSentAt: toDate(existing.confirmation_sent_at),
        bouncedAt: existing.bounced_at === null ? null : toDate(existing.bounced_at),
      },
      request,
    );
    if (plan.action === 'none') return { ...plan, subscriberId };
    // The status stays as it is until the new link is used: an address that opted out stays
    // out, whoever typed it in, unless its owner confirms.
    await trx.updateTable('subscribers').set(consent).where('id', '=', existing.id).execute();
    await addLinks(trx, existing.id, request);
    return { ...plan, subscriberId, mailId: await queueConfirmation() };
  }

  async function confirm(trx: Trx, tokenHash: string, now: Date): Promise<ConfirmOutcome> {
    const token = await trx
      .selectFrom('confirmation_tokens')
      .select(['subscriber_id', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!token) return 'unknown';
    if (toDate(token.expires_at) <= now) return 'expired';
    const row = await subscriberByToken(trx, 'confirmation_tokens', tokenHash);
    if (!row) return 'unknown';
    // A link works once, and confirming retires the others sent to this address.
    await retireConfirmationLinks(trx, row.id);
    if (row.status === 'confirmed' && row.bounced_at === null) return 'already-confirmed';
    await trx
      .updateTable('subscribers')
      .set({
        status: 'confirmed',
        confirmed_at: iso(now),
        updated_at: iso(now),
        // Confirming proves the mailbox takes mail again: newsletters go to it once more.
        bounced_at: null,
        bounce_reason: null,
        // Back after opting out: both dates stay, as proof of what the reader chose when.
        ...(row.status === 'unsubscribed' ? { resubscribed_at: iso(now) } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    return 'confirmed';
  }

  async function unsubscribe(trx: Trx, tokenHash: string, now: Date): Promise<UnsubscribeOutcome> {
    const row = await subscriberByToken(trx, 'unsubscribe_tokens', tokenHash);
    if (!row) return 'unknown';
    if (row.status === 'unsubscribed') return 'already-unsubscribed';
    await retireConfirmationLinks(trx, row.id);
    await trx
      .updateTable('subscribers')
      .set({ status: 'unsubscribed', unsubscribed_at: iso(now), updated_at: iso(now) })
      .where('id', '=', row.id)
      .execute();
    return 'unsubscribed';
  }

  /** The list narrowed by the dashboard's and the export's filters. */
  function filtered(filter: SubscriberFilter) {
    let query = db.selectFrom('subscribers');
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.since) query = query.where('created_at', '>=', iso(filter.since));
    if (filter.sourcePath) query = query.where('source_path', '=', filter.sourcePath);
    if (filter.campaign)
      query = query.where(utmField(database.dialect, 'utm_campaign'), '=', filter.campaign);
    return query;
  }

  async function requestAdminLink(trx: Trx, request: AdminLinkRequest): Promise<AdminLinkOutcome> {
    const { limits, now } = request;
    await trx.deleteFrom('signup_attempts').where('at', '<', iso(limits.windowStart)).execute();
    // Counted for every address, listed or not, so the answer's timing and the limits say
    // nothing about who is an admin.
    if (limits.ip && !(await withinLimit(trx, limits.ip, now, limits.windowStart)))
      return { action: 'limited' };
    if (!(await withinLimit(trx, limits.address, now, limits.windowStart)))
      return { action: 'limited' };
    if (!request.allowed) return { action: 'none' };
    await trx.deleteFrom('admin_sign_in_links').where('expires_at', '<', iso(now)).execute();
    await trx
      .insertInto('admin_sign_in_links')
      .values({
        token_hash: request.tokenHash,
        email: request.email,
        expires_at: iso(request.expiresAt),
      })
      .execute();
    return {
      action: 'send',
      mailId: await queueMail(trx, request.email, request.mail.message, now, request.mail.dueAt),
    };
  }

  async function redeemAdminLink(trx: Trx, tokenHash: string, now: Date): Promise<AdminLinkUse> {
    // Deleted as it is read: a link signs in once, even when two tabs open it together.
    const link = await trx
      .deleteFrom('admin_sign_in_links')
      .where('token_hash', '=', tokenHash)
      .returning(['email', 'expires_at'])
      .executeTakeFirst();
    if (!link) return 'unknown';
    return toDate(link.expires_at) <= now ? 'expired' : { email: link.email };
  }

  /** Rows of `column` per UTC day since `since`. */
  async function perDay(
    column: 'created_at' | 'confirmed_at' | 'unsubscribed_at',
    since: Date,
  ): Promise<DailyCounts> {
    const day = dayOf(database.dialect, column);
    const rows = await db
      .selectFrom('subscribers')
      .select((eb) => [day.as('day'), eb.fn.countAll<number | string>().as('count')])
      .where(column, '>=', iso(since))
      .groupBy(day)
      .orderBy(day)
      .execute();
    return rows.map((row) => ({ day: String(row.day), count: Number(row.count) }));
  }

  return {
    ...sendStore(database),
    ...pageViewStore(database),
    requestAdminLink: (request) => write((trx) => requestAdminLink(trx, request)),
    redeemAdminLink: (tokenHash, now) => write((trx) => redeemAdminLink(trx, tokenHash, now)),
    async signupTotals(since, groupBy) {
      const column = (dimension: SignupDimension) =>
        dimension === 'source_path'
          ? sql<string>`source_path`
          : sql<string>`coalesce(${utmField(database.dialect, dimension)}, '')`;
      const keys = groupBy.map((dimension) => column(dimension).as(dimension));
      let query = db
        .selectFrom('subscribers')
        .select(keys)
        .select((eb) => [
          eb.fn.countAll<number | string>().as('signups'),
          eb.fn.count<number | string>('confirmed_at').as('confirmed'),
        ])
        .where('created_at', '>=', iso(since));
      // By the output names: PostgreSQL sees the same expression with its own parameters as
      // a different one.
      if (groupBy.length > 0) query = query.groupBy(groupBy.map((dimension) => sql.ref(dimension)));
      const rows = await query.orderBy('signups', 'desc').execute();
      return rows.map((row) => ({
        key: Object.fromEntries(groupBy.map((dimension) => [dimension, String(row[dimension])])),
        signups: Number(row.signups),
        confirmed: Number(row.confirmed),
      }));
    },
    async dashboardFigures(since) {
      const [confirmedNow, signups, confirmations, unsubscribes, signupsConfirmed] =
        await Promise.all([
          db
            .selectFrom('subscribers')
            .select((eb) => eb.fn.countAll<number | string>().as('count'))
            .where('status', '=', 'confirmed')
            .executeTakeFirstOrThrow(),
          perDay('created_at', since),
          perDay('confirmed_at', since),
          perDay('unsubscribed_at', since),
          db
            .selectFrom('subscribers')
            .select((eb) => eb.fn.countAll<number | string>().as('count'))
            .where('created_at', '>=', iso(since))
            .where('confirmed_at', 'is not', null)
            .executeTakeFirstOrThrow(),
        ]);
      return {
        confirmedNow: Number(confirmedNow.count),
        signups,
        confirmations,
        unsubscribes,
        signupsConfirmed: Number(signupsConfirmed.count),
      };
    },
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
      // The message holds a live confirmation link: once delivered it is not kept, and of the
      // address only a digest stays (enough to count what went where, not to read it).
      await db.transaction().execute(async (trx) => {
        const mail = await trx
          .selectFrom('mail_queue')
          .select('to_address')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!mail) return;
        await trx
          .updateTable('mail_queue')
          .set({ sent_at: iso(now), message: null, to_address: addressDigest(mail.to_address) })
          .where('id', '=', id)
          .execute();
      });
    },
    markMailFailed: (id, error, retryAt) =>
      recordFailure(id, error, { next_attempt_at: iso(retryAt) }),
    // The link in a given-up message is dead weight; the reason stays, for whoever looks.
    markMailUndeliverable: (id, error, now) =>
      recordFailure(id, error, { given_up_at: iso(now), message: null }),
    async subscribers(filter) {
      const rows = await filtered(filter).selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toSubscriberRecord);
    },

    async subscriberPage(filter, page) {
      const [{ total }, rows] = await Promise.all([
        filtered(filter)
          .select((eb) => eb.fn.countAll<number | string>().as('total'))
          .executeTakeFirstOrThrow(),
        filtered(filter)
          .selectAll()
          .orderBy('created_at')
          .orderBy('id')
          .offset(page.offset)
          .limit(page.limit)
          .execute(),
      ]);
      return { total: Number(total), rows: rows.map(toSubscriberRecord) };
    },

    eraseSubscriber: (email, erasedBy, now) =>
      write(async (trx) => {
        const row = await trx
          .selectFrom('subscribers')
          .select(['id', 'email'])
          .where('email', '=', email)
          .executeTakeFirst();
        if (!row) return 'unknown';
        for (const table of [
          'confirmation_tokens',
          'unsubscribe_tokens',
          'newsletter_deliveries',
        ] as const)
          await trx.deleteFrom(table).where('subscriber_id', '=', row.id).execute();
        // Queued mail names the address; delivered mail keeps only its digest.
        await trx
          .deleteFrom('mail_queue')
          .where('to_address', 'in', [row.email, addressDigest(row.email)])
          .execute();
        await trx.deleteFrom('subscribers').where('id', '=', row.id).execute();
        await trx
          .insertInto('admin_audit')
          .values({ at: iso(now), admin_email: erasedBy, action: 'erased a subscriber on request' })
          .execute();
        return 'erased';
      }),

    async recordSearchMiss(query, day) {
      await write(async (trx) => {
        await database.lockKey(trx, `search-misses:${day}`);
        const existing = await trx
          .selectFrom('search_misses')
          .select('count')
          .where('day', '=', day)
          .where('query', '=', query)
          .executeTakeFirst();
        if (existing) {
          await trx
            .updateTable('search_misses')
            .set({ count: existing.count + 1 })
            .where('day', '=', day)
            .where('query', '=', query)
            .execute();
          return;
        }
        const { queries } = await trx
          .selectFrom('search_misses')
          .select((eb) => eb.fn.countAll<number | string>().as('queries'))
          .where('day', '=', day)
          .executeTakeFirstOrThrow();
        if (Number(queries) >= SEARCH_MISSES_PER_DAY) return;
        await trx.insertInto('search_misses').values({ day, query, count: 1 }).execute();
      });
    },

    async searchMisses(since) {
      const rows = await db
        .selectFrom('search_misses')
        .select((eb) => [
          'query',
          eb.fn.sum<number | string>('count').as('count'),
          eb.fn.max('day').as('lastDay'),
          eb.fn.count<number | string>('day').as('days'),
        ])
        .$if(since !== undefined, (query) => query.where('day', '>=', since ?? ''))
        .groupBy('query')
        .execute();
      return rows
        .map((row) => ({
          query: row.query,
          count: Number(row.count),
          days: Number(row.days),
          lastDay: String(row.lastDay),
        }))
        .sort(
          (a, b) =>
            b.count - a.count ||
            b.lastDay.localeCompare(a.lastDay) ||
            a.query.localeCompare(b.query),
        );
    },
    close: () => db.destroy(),
  };
}
