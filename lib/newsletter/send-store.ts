import type { ExpressionBuilder, Transaction } from 'kysely';
import type { SendRecord, SendStore, SendSummary } from './store';
import {
  iso,
  toDate,
  type DeliveryStatus,
  type NewsletterTables,
  type StoreDatabase,
} from './store-database';

type Trx = Transaction<NewsletterTables>;
type SendRow = NewsletterTables['newsletter_sends'] & { id: number | string };

const STATUSES: DeliveryStatus[] = ['pending', 'claimed', 'sent', 'bounced', 'failed', 'skipped'];

function toSendRecord(row: {
  id: number | string;
  slug: string;
  edition: number;
  subject: string;
  intro: string | null;
  format: SendRow['format'];
  recipients: number;
  created_at: string | Date;
  finished_at: string | Date | null;
}): SendRecord {
  return {
    id: Number(row.id),
    slug: row.slug,
    edition: row.edition,
    subject: row.subject,
    intro: row.intro,
    format: row.format,
    recipients: row.recipients,
    createdAt: toDate(row.created_at),
    finishedAt: row.finished_at === null ? null : toDate(row.finished_at),
  };
}

/** Sending articles to the list, over either database; see SendStore for the guarantees. */
export function sendStore(database: StoreDatabase): SendStore {
  const { db } = database;

  function write<T>(work: (trx: Trx) => Promise<T>): Promise<T> {
    database.assertWritable();
    return db.transaction().execute(work);
  }

  async function summarize(executor: Trx | typeof db, send: SendRecord): Promise<SendSummary> {
    const rows = await executor
      .selectFrom('newsletter_deliveries')
      .select((eb) => [
        'status',
        eb.fn.countAll<number | string>().as('count'),
        eb.fn.max('sent_at').as('last_sent_at'),
      ])
      .where('send_id', '=', send.id)
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<
      DeliveryStatus,
      number
    >;
    let lastSentAt: Date | null = null;
    for (const row of rows) {
      counts[row.status] = Number(row.count);
      if (row.last_sent_at !== null) {
        const sentAt = toDate(row.last_sent_at);
        if (!lastSentAt || sentAt > lastSentAt) lastSentAt = sentAt;
      }
    }
    return { ...send, counts, lastSentAt };
  }

  /** The newest edition of an article's send. */
  function latestSend(trx: Trx, slug: string) {
    return trx
      .selectFrom('newsletter_sends')
      .selectAll()
      .where('slug', '=', slug)
      .orderBy('edition', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /**
   * A delivery only its holder may change: claimed by `worker`, or recorded as sent by it (the
   * server then refused the message, or it never got its end). A holder whose claim ran out and
   * was taken over changes nothing, so it can never undo the new holder's delivery.
   */
  const heldBy =
    (id: number, worker: string) =>
    (eb: ExpressionBuilder<NewsletterTables, 'newsletter_deliveries'>) =>
      eb.and([
        eb('id', '=', id),
        eb('claimed_by', '=', worker),
        eb('status', 'in', ['claimed', 'sent']),
      ]);

  /** Readers who may get a send now: confirmed, and never refused for good by their server. */
  const eligible = (trx: Trx | typeof db) =>
    trx.selectFrom('subscribers').where('status', '=', 'confirmed').where('bounced_at', 'is', null);

  async function audience(executor: Trx | typeof db): Promise<number> {
    const { readers } = await eligible(executor)
      .select((eb) => eb.fn.countAll<number | string>().as('readers'))
      .executeTakeFirstOrThrow();
    return Number(readers);
  }

  return {
    audience: () => audience(db),

    startSend: (request) =>
      write(async (trx) => {
        // Two `send` commands started together: the second waits, then resumes the first's.
        await database.lockKey(trx, `newsletter-send:${request.slug}`);
        const latest = await latestSend(trx, request.slug);
        if (latest) {
          const send = toSendRecord(latest);
          const summary = await summarize(trx, send);
          if (summary.counts.pending + summary.counts.claimed > 0)
            return { action: 'resumed', send };
          // Readers given up on after temporary failures (the relay was busy or down for long):
          // running the send again tries them once more, and only them.
          if (summary.counts.failed > 0 && !request.resend) {
            await trx
              .updateTable('newsletter_deliveries')
              .set({ status: 'pending', attempts: 0, next_attempt_at: iso(request.now) })
              .where('send_id', '=', send.id)
              .where('status', '=', 'failed')
              .execute();
            await trx
              .updateTable('newsletter_sends')
              .set({ finished_at: null })
              .where('id', '=', send.id)
              .execute();
            return { action: 'resumed', send: { ...send, finishedAt: null } };
          }
          if (!request.resend) {
            // A sender killed after its last delivery never marked the send finished.
            if (summary.finishedAt) return { action: 'already-sent', send: summary };
            const finishedAt = summary.lastSentAt ?? request.now;
            await trx
              .updateTable('newsletter_sends')
              .set({ finished_at: iso(finishedAt) })
              .where('id', '=', send.id)
              .execute();
            return { action: 'already-sent', send: { ...summary, finishedAt } };
          }
        }
        const readers = await audience(trx);
        if (readers === 0) return { action: 'no-subscribers' };

        const inserted = await trx
          .insertInto('newsletter_sends')
          .values({
            slug: request.slug,
            edition: (latest?.edition ?? 0) + 1,
            subject: request.subject,
            intro: request.intro,
            format: request.format,
            recipients: readers,
            created_at: iso(request.now),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const send = toSendRecord(inserted);
        // Everyone on the list at this moment, in one statement: the list is never held in memory.
        const addressed = await trx
          .insertInto('newsletter_deliveries')
          .columns(['send_id', 'subscriber_id', 'status', 'next_attempt_at'])
          .expression(
            eligible(trx).select((eb) => [
              eb.val(send.id).as('send_id'),
              'id',
              eb.val('pending').as('status'),
              eb.val(iso(request.now)).as('next_attempt_at'),
            ]),
          )
          .executeTakeFirstOrThrow();
        // Counted again by what was inserted: a confirmation in between (PostgreSQL reads each
        // statement afresh) would make the first count one short.
        const recipients = Number(addressed.numInsertedOrUpdatedRows ?? readers);
        if (recipients !== readers)
          await trx
            .updateTable('newsletter_sends')
            .set({ recipients })
            .where('id', '=', send.id)
            .execute();
        return { action: 'started', send: { ...send, recipients } };
      }),

    claimDeliveries: (sendId, claim) =>
      write(async (trx) => {
        // A sender killed mid-send never confirmed what it held: after its lease that is free.
        await trx
          .updateTable('newsletter_deliveries')
          .set({ status: 'pending', claimed_by: null, lease_until: null })
          .where('send_id', '=', sendId)
          .where('status', '=', 'claimed')
          .where('lease_until', '<', iso(claim.now))
          .execute();
        const due = trx
          .selectFrom('newsletter_deliveries')
          .innerJoin('subscribers', 'subscribers.id', 'newsletter_deliveries.subscriber_id')
          .select('newsletter_deliveries.id')
          .where('newsletter_deliveries.send_id', '=', sendId)
          .where('newsletter_deliveries.status', '=', 'pending')
          .where('newsletter_deliveries.next_attempt_at', '<=', iso(claim.now))
          .where('subscribers.status', '=', 'confirmed')
          .where('subscribers.bounced_at', 'is', null)
          .orderBy('newsletter_deliveries.id')
          .limit(claim.limit)
          // Senders on other connections skip the rows this one holds instead of waiting.
          .$if(database.locksRows, (query) =>
            query.forUpdate(['newsletter_deliveries']).skipLocked(),
          );
        const claimed = await trx
          .updateTable('newsletter_deliveries')
          .set({ status: 'claimed', claimed_by: claim.worker, lease_until: iso(claim.leaseUntil) })
          .where('id', 'in', due)
          .returning(['id', 'subscriber_id', 'attempts'])
          .execute();
        if (claimed.length === 0) return [];
        const addresses = new Map(
          (
            await trx
              .selectFrom('subscribers')
              .select(['id', 'email'])
              .where(
                'id',
                'in',
                claimed.map((row) => row.subscriber_id),
              )
              .execute()
          ).map((row) => [String(row.id), row.email]),
        );
        return claimed
          .map((row) => ({
            id: Number(row.id),
            email: addresses.get(String(row.subscriber_id)) ?? '',
            attempts: row.attempts,
          }))
          .sort((a, b) => a.id - b.id);
      }),

    async markDeliverySent(id, worker, unsubscribeTokenHash, now, alongsideCommit) {
      database.assertWritable();
      const trx = await db.startTransaction().execute();
      try {
        // Each message's end waits for its record: the sooner the commit returns, the sooner
        // the connection carries the next one (see StoreDatabase.commitWithoutWaitingForDisk).
        await database.commitWithoutWaitingForDisk(trx);
        const delivery = await trx
          .selectFrom('newsletter_deliveries')
          .innerJoin('subscribers', 'subscribers.id', 'newsletter_deliveries.subscriber_id')
          .select([
            'newsletter_deliveries.subscriber_id',
            'newsletter_deliveries.status',
            'newsletter_deliveries.claimed_by',
            'subscribers.status as subscriber_status',
            'subscribers.bounced_at',
          ])
          .where('newsletter_deliveries.id', '=', id)
          // An unsubscribe arriving now waits for this answer, or this waits for it.
          .$if(database.locksRows, (query) => query.forUpdate())
          .executeTakeFirst();
        if (!delivery || delivery.status !== 'claimed' || delivery.claimed_by !== worker) {
          await trx.rollback().execute();
          return false;
        }
        if (delivery.subscriber_status !== 'confirmed' || delivery.bounced_at !== null) {
          await trx
            .updateTable('newsletter_deliveries')
            .set({ status: 'skipped', claimed_by: null, lease_until: null })
            .where('id', '=', id)
            .execute();
          await trx.commit().execute();
          return false;
        }
        await trx
          .updateTable('newsletter_deliveries')
          .set({ status: 'sent', sent_at: iso(now), lease_until: null })
          .where('id', '=', id)
          .execute();
        await trx
          .insertInto('unsubscribe_tokens')
          .values({ token_hash: unsubscribeTokenHash, subscriber_id: delivery.subscriber_id })
          .execute();
        // Kysely hands COMMIT to the driver before commit() returns (SQLite runs it there and
        // then; pg writes it to its socket), so alongsideCommit follows it with nothing between.
        // Waiting for PostgreSQL's answer first would leave a kill in that gap with the record
        // made and the message never ended. The contract test holds Kysely to this.
        const committed = trx.commit().execute();
        alongsideCommit?.();
        await committed;
        return true;
      } catch (error) {
        // Sends nothing when a commit already ended the transaction, and always lets go of the
        // connection.
        await trx
          .rollback()
          .execute()
          .catch(() => {});
        throw error;
      }
    },

    async retryDelivery(id, worker, error, retryAt) {
      await write((trx) =>
        trx
          .updateTable('newsletter_deliveries')
          .set((eb) => ({
            status: 'pending',
            attempts: eb('attempts', '+', 1),
            next_attempt_at: iso(retryAt),
            claimed_by: null,
            lease_until: null,
            sent_at: null,
            last_error: error,
          }))
          .where(heldBy(id, worker))
          .execute(),
      );
    },

    async endDelivery(id, worker, outcome, error, now) {
      await write(async (trx) => {
        const delivery = await trx
          .updateTable('newsletter_deliveries')
          .set((eb) => ({
            status: outcome,
            attempts: eb('attempts', '+', 1),
            claimed_by: null,
            lease_until: null,
            sent_at: null,
            last_error: error,
          }))
          .where(heldBy(id, worker))
          .returning('subscriber_id')
          .executeTakeFirst();
        if (outcome !== 'bounced' || !delivery) return;
        await trx
          .updateTable('subscribers')
          .set({ bounced_at: iso(now), bounce_reason: error, updated_at: iso(now) })
          .where('id', '=', delivery.subscriber_id)
          .execute();
      });
    },

    async releaseClaims(sendId, worker) {
      await write((trx) =>
        trx
          .updateTable('newsletter_deliveries')
          .set({ status: 'pending', claimed_by: null, lease_until: null })
          .where('send_id', '=', sendId)
          .where('status', '=', 'claimed')
          .where('claimed_by', '=', worker)
          .execute(),
      );
    },

    async nextWorkAt(sendId) {
      const times = await Promise.all([
        db
          .selectFrom('newsletter_deliveries')
          .select((eb) => eb.fn.min('next_attempt_at').as('at'))
          .where('send_id', '=', sendId)
          .where('status', '=', 'pending')
          .executeTakeFirst(),
        db
          .selectFrom('newsletter_deliveries')
          .select((eb) => eb.fn.min('lease_until').as('at'))
          .where('send_id', '=', sendId)
          .where('status', '=', 'claimed')
          .executeTakeFirst(),
      ]);
      const dates = times.flatMap((row) => (row?.at == null ? [] : [toDate(row.at)]));
      return dates.length === 0 ? null : new Date(Math.min(...dates.map(Number)));
    },

    finishSend: (sendId, now) =>
      write(async (trx) => {
        // Readers who left the list (or bounced) before their turn never get this send.
        await trx
          .updateTable('newsletter_deliveries')
          .set({ status: 'skipped', claimed_by: null, lease_until: null })
          .where('send_id', '=', sendId)
          .where('status', '=', 'pending')
          .where('subscriber_id', 'not in', eligible(trx).select('id'))
          .execute();
        const row = await trx
          .selectFrom('newsletter_sends')
          .selectAll()
          .where('id', '=', sendId)
          .executeTakeFirstOrThrow();
        const summary = await summarize(trx, toSendRecord(row));
        if (summary.counts.pending + summary.counts.claimed > 0 || summary.finishedAt)
          return summary;
        await trx
          .updateTable('newsletter_sends')
          .set({ finished_at: iso(now) })
          .where('id', '=', sendId)
          .execute();
        return { ...summary, finishedAt: now };
      }),

    async sendSummary(sendId) {
      const row = await db
        .selectFrom('newsletter_sends')
        .selectAll()
        .where('id', '=', sendId)
        .executeTakeFirstOrThrow();
      return summarize(db, toSendRecord(row));
    },

    async sendSummaries(slug) {
      const rows = await db
        .selectFrom('newsletter_sends')
        .selectAll()
        .$if(slug !== undefined, (query) => query.where('slug', '=', slug ?? ''))
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return Promise.all(rows.map((row) => summarize(db, toSendRecord(row))));
    },

    async deliveryReport(sendId) {
      const rows = await db
        .selectFrom('newsletter_deliveries')
        .leftJoin('subscribers', 'subscribers.id', 'newsletter_deliveries.subscriber_id')
        .select([
          'subscribers.email',
          'newsletter_deliveries.status',
          'newsletter_deliveries.attempts',
          'newsletter_deliveries.sent_at',
          'newsletter_deliveries.last_error',
        ])
        .where('newsletter_deliveries.send_id', '=', sendId)
        .orderBy('newsletter_deliveries.id')
        .execute();
      return rows.map((row) => ({
        email: row.email,
        status: row.status,
        attempts: row.attempts,
        sentAt: row.sent_at === null ? null : toDate(row.sent_at),
        lastError: row.last_error,
      }));
    },
  };
}
