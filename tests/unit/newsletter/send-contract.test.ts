import { describe, expect, it } from 'vitest';
import type { NewsletterStore, SendRequest } from '@/lib/newsletter/store';
import { createToken } from '@/lib/newsletter/tokens';
import { freshStoreForEachTest, storeFactories } from './store-factories';
import { at, signup } from './signup-fixture';

const factories = storeFactories();

const sendRequest = (overrides: Partial<SendRequest> = {}): SendRequest => ({
  slug: 'the-gut-skin-axis',
  subject: 'The Gut-Skin Axis',
  intro: null,
  format: 'excerpt',
  now: at(10),
  resend: false,
  ...overrides,
});

const claimAt = (worker: string, hours: number, limit = 10) => ({
  worker,
  now: at(hours),
  leaseUntil: at(hours + 0.1),
  limit,
});

describe.each(factories)('sending with the $name store', (factory) => {
  const store = freshStoreForEachTest(factory);

  /** Signs up and confirms each address; returns each one's unsubscribe token. */
  async function confirmed(...addresses: string[]) {
    const tokens = new Map<string, string>();
    for (const address of addresses) {
      const { request, confirm, unsubscribe } = signup(address, at(0));
      await store().subscribe(request);
      await store().confirm(confirm.hash, at(0.5));
      tokens.set(address, unsubscribe.hash);
    }
    return tokens;
  }

  async function started() {
    const outcome = await store().startSend(sendRequest());
    if (outcome.action !== 'started') throw new Error(`Expected a new send, got ${outcome.action}`);
    return outcome.send;
  }

  it('refuses to start with no confirmed reader, and leaves nothing behind', async () => {
    await store().subscribe(signup('pending@example.com', at(0)).request);
    expect(await store().startSend(sendRequest())).toEqual({ action: 'no-subscribers' });
    expect(await store().sendSummaries()).toEqual([]);
  });

  it('addresses exactly the confirmed readers, then resumes the same send', async () => {
    await confirmed('a@example.com', 'b@example.com');
    await store().subscribe(signup('pending@example.com', at(0)).request);
    const send = await started();
    expect(send).toMatchObject({ slug: 'the-gut-skin-axis', edition: 1, recipients: 2 });

    expect(await store().startSend(sendRequest())).toEqual({ action: 'resumed', send });
    const claimed = await store().claimDeliveries(send.id, claimAt('one', 10));
    expect(claimed.map((delivery) => delivery.email)).toEqual(['a@example.com', 'b@example.com']);
    expect(await store().claimDeliveries(send.id, claimAt('two', 10))).toEqual([]);
  });

  it('records a delivery sent only for the sender holding it, with a working unsubscribe link', async () => {
    await confirmed('a@example.com');
    const send = await started();
    const [delivery] = await store().claimDeliveries(send.id, claimAt('one', 10));
    if (!delivery) throw new Error('nothing claimed');
    const link = createToken();
    expect(await store().markDeliverySent(delivery.id, 'two', link.hash, at(10))).toBe(false);
    expect(await store().markDeliverySent(delivery.id, 'one', link.hash, at(10))).toBe(true);
    // Recorded once: the same delivery can never be confirmed twice.
    expect(await store().markDeliverySent(delivery.id, 'one', createToken().hash, at(10))).toBe(
      false,
    );
    expect(await store().unsubscribe(link.hash, at(11))).toBe('unsubscribed');
  });

  it('has handed the record to the database by the time the message may end', async () => {
    await confirmed('a@example.com');
    const send = await started();
    const [delivery] = await store().claimDeliveries(send.id, claimAt('one', 10));
    if (!delivery) throw new Error('nothing claimed');
    const seen: unknown[] = [];
    const recorded = await store().markDeliverySent(
      delivery.id,
      'one',
      createToken().hash,
      at(10),
      () =>
        // The sender ends the message here: were it killed right after, the record must be made.
        seen.push(
          factory.rowsFromAnotherProcess(
            `SELECT status FROM newsletter_deliveries WHERE id = ${delivery.id}`,
          ),
        ),
    );
    expect(recorded).toBe(true);
    expect(seen).toEqual([[{ status: 'sent' }]]);
    // Not recorded, not ended: a claim that is not held.
    const ends: string[] = [];
    expect(
      await store().markDeliverySent(delivery.id, 'one', createToken().hash, at(10), () =>
        ends.push('ended'),
      ),
    ).toBe(false);
    expect(ends).toEqual([]);
  });

  it('skips a reader who unsubscribes after being claimed, and one who left before', async () => {
    const tokens = await confirmed('a@example.com', 'b@example.com', 'c@example.com');
    const send = await started();
    await store().unsubscribe(tokens.get('c@example.com') ?? '', at(10));
    const claimed = await store().claimDeliveries(send.id, claimAt('one', 10));
    expect(claimed.map((delivery) => delivery.email)).toEqual(['a@example.com', 'b@example.com']);

    await store().unsubscribe(tokens.get('b@example.com') ?? '', at(10.01));
    const [a, b] = claimed;
    if (!a || !b) throw new Error('nothing claimed');
    expect(await store().markDeliverySent(a.id, 'one', createToken().hash, at(10.02))).toBe(true);
    expect(await store().markDeliverySent(b.id, 'one', createToken().hash, at(10.02))).toBe(false);

    const summary = await store().finishSend(send.id, at(10.03));
    expect(summary.counts).toMatchObject({ sent: 1, skipped: 2, pending: 0, claimed: 0 });
    expect(summary.finishedAt).toEqual(at(10.03));
  });

  it('a 5xx bounce marks the address, which the next edition leaves out until confirmed again', async () => {
    await confirmed('a@example.com', 'bounces@example.com');
    const send = await started();
    for (const delivery of await store().claimDeliveries(send.id, claimAt('one', 10))) {
      if (delivery.email === 'bounces@example.com')
        await store().endDelivery(delivery.id, 'one', 'bounced', '550 No such user', at(10));
      else await store().markDeliverySent(delivery.id, 'one', createToken().hash, at(10));
    }
    expect((await store().finishSend(send.id, at(10))).counts).toMatchObject({
      sent: 1,
      bounced: 1,
    });
    const [, bounced] = await store().subscribers({});
    expect(bounced).toMatchObject({ email: 'bounces@example.com', bouncedAt: at(10) });

    const again = await store().startSend(sendRequest({ resend: true, now: at(20) }));
    expect(again).toMatchObject({ action: 'started', send: { edition: 2, recipients: 1 } });

    // Signing up again sends a new confirmation; its link puts the address back on the list.
    const { request, confirm } = signup('bounces@example.com', at(21));
    expect(await store().subscribe(request)).toMatchObject({ action: 'send-confirmation' });
    expect(await store().confirm(confirm.hash, at(21))).toBe('confirmed');
    expect((await store().subscribers({}))[1]?.bouncedAt).toBeNull();
  });

  it('a temporary failure waits for its retry, and is taken again once due', async () => {
    await confirmed('a@example.com');
    const send = await started();
    const [delivery] = await store().claimDeliveries(send.id, claimAt('one', 10));
    if (!delivery) throw new Error('nothing claimed');
    await store().retryDelivery(delivery.id, 'one', '451 Try later', at(11));
    expect(await store().nextWorkAt(send.id)).toEqual(at(11));
    expect(await store().claimDeliveries(send.id, claimAt('one', 10.5))).toEqual([]);
    expect(await store().claimDeliveries(send.id, claimAt('one', 11))).toEqual([
      { id: delivery.id, email: 'a@example.com', attempts: 1 },
    ]);
    await store().endDelivery(delivery.id, 'one', 'failed', '451 Try later', at(11));
    expect((await store().finishSend(send.id, at(11))).counts).toMatchObject({ failed: 1 });
  });

  it('what a killed sender held is taken over after its lease; a clean stop hands it back at once', async () => {
    await confirmed('a@example.com', 'b@example.com');
    const send = await started();
    const [first] = await store().claimDeliveries(send.id, claimAt('killed', 10, 1));
    expect(await store().nextWorkAt(send.id)).toEqual(at(10));
    expect(await store().claimDeliveries(send.id, claimAt('next', 10.05))).toHaveLength(1);
    // The killed sender's lease ends at 10.1: from then on another sender may send it.
    expect(await store().claimDeliveries(send.id, claimAt('next', 10.11))).toEqual([first]);
    // The killed sender, were it alive after all, can no longer record it as its own.
    expect(
      await store().markDeliverySent(first?.id ?? 0, 'killed', createToken().hash, at(10.12)),
    ).toBe(false);

    await store().releaseClaims(send.id, 'next');
    expect(await store().claimDeliveries(send.id, claimAt('other', 10.13))).toHaveLength(2);
  });

  it('a holder whose claim was taken over can change nothing: no retry, no bounce', async () => {
    await confirmed('a@example.com');
    const send = await started();
    const [delivery] = await store().claimDeliveries(send.id, claimAt('slow', 10));
    if (!delivery) throw new Error('nothing claimed');
    await store().claimDeliveries(send.id, claimAt('next', 10.11));
    expect(await store().markDeliverySent(delivery.id, 'next', createToken().hash, at(10.12))).toBe(
      true,
    );
    await store().retryDelivery(delivery.id, 'slow', '451 late', at(10.13));
    await store().endDelivery(delivery.id, 'slow', 'bounced', '550 late', at(10.13));
    expect((await store().finishSend(send.id, at(10.14))).counts).toMatchObject({
      sent: 1,
      pending: 0,
      bounced: 0,
    });
    expect((await store().subscribers({}))[0]?.bouncedAt).toBeNull();
  });

  it('a send whose sender died after its last delivery is finished by the next start', async () => {
    await confirmed('a@example.com');
    const send = await started();
    const [delivery] = await store().claimDeliveries(send.id, claimAt('one', 10));
    await store().markDeliverySent(delivery?.id ?? 0, 'one', createToken().hash, at(10));
    expect(await store().startSend(sendRequest({ now: at(12) }))).toMatchObject({
      action: 'already-sent',
      send: { finishedAt: at(10), counts: { sent: 1 } },
    });
    expect((await store().sendSummary(send.id)).finishedAt).toEqual(at(10));
  });

  it('running the send again retries the readers it gave up on, and only them', async () => {
    await confirmed('a@example.com', 'b@example.com');
    const send = await started();
    const [a, b] = await store().claimDeliveries(send.id, claimAt('one', 10));
    if (!a || !b) throw new Error('nothing claimed');
    await store().markDeliverySent(a.id, 'one', createToken().hash, at(10));
    await store().endDelivery(b.id, 'one', 'failed', '421 busy', at(10));
    await store().finishSend(send.id, at(10));
    expect(await store().startSend({ ...sendRequest(), now: at(12) })).toMatchObject({
      action: 'resumed',
      send: { id: send.id },
    });
    expect(await store().claimDeliveries(send.id, claimAt('two', 12))).toEqual([
      { id: b.id, email: 'b@example.com', attempts: 0 },
    ]);
  });

  it('a finished send is not sent again unless asked: it reports how many it reached', async () => {
    await confirmed('a@example.com', 'b@example.com');
    const send = await started();
    for (const delivery of await store().claimDeliveries(send.id, claimAt('one', 10)))
      await store().markDeliverySent(delivery.id, 'one', createToken().hash, at(10));
    await store().finishSend(send.id, at(10));
    expect(await store().startSend(sendRequest({ now: at(12) }))).toMatchObject({
      action: 'already-sent',
      send: { id: send.id, counts: { sent: 2 }, lastSentAt: at(10), finishedAt: at(10) },
    });
    const report = await store().deliveryReport(send.id);
    expect(report).toEqual([
      { email: 'a@example.com', status: 'sent', attempts: 0, sentAt: at(10), lastError: null },
      { email: 'b@example.com', status: 'sent', attempts: 0, sentAt: at(10), lastError: null },
    ]);
  });
});

// Two senders in one process on SQLite would block each other's synchronous connection (two
// processes queue instead, as the durability test shows): this race is PostgreSQL's alone.
describe.each(factories.filter((factory) => factory.name === 'PostgreSQL'))(
  'two senders at once on $name',
  (factory) => {
    const store = freshStoreForEachTest(factory);

    it('two senders claiming at once on two connections never get the same reader', async () => {
      const readers = Array.from({ length: 40 }, (_, index) => `reader${index}@example.com`);
      for (const reader of readers) {
        const { request, confirm } = signup(reader, at(0));
        await store().subscribe(request);
        await store().confirm(confirm.hash, at(0.5));
      }
      const outcome = await store().startSend(sendRequest());
      if (outcome.action !== 'started') throw new Error(outcome.action);
      const { send } = outcome;
      const other = await factory.open();
      try {
        const claimedBy = async (worker: string, from: NewsletterStore) => {
          const emails: string[] = [];
          for (;;) {
            const batch = await from.claimDeliveries(send.id, claimAt(worker, 10, 3));
            if (batch.length === 0) return emails;
            emails.push(...batch.map((delivery) => delivery.email));
          }
        };
        const [mine, theirs] = await Promise.all([
          claimedBy('one', store()),
          claimedBy('two', other),
        ]);
        expect([...mine, ...theirs].sort()).toEqual([...readers].sort());
        expect(new Set([...mine, ...theirs]).size).toBe(readers.length);
      } finally {
        await other.close();
      }
    });
  },
);
