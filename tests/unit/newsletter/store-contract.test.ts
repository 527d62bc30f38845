import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { NewsletterStore } from '@/lib/newsletter/store';
import { createToken } from '@/lib/newsletter/tokens';
import { SEARCH_MISSES_PER_DAY } from '@/lib/newsletter/newsletter-store';
import { storeFactories } from './store-factories';
import { HOUR, at, signup, start } from './signup-fixture';

const factories = storeFactories();

describe.each(factories)('the $name store', (factory) => {
  let store: NewsletterStore;

  beforeEach(async () => {
    await factory.cleanUp();
    store = await factory.open();
    return () => store.close();
  });

  afterAll(() => factory.cleanUp());

  it('stores a new signup as pending, with its source and proof of consent', async () => {
    const { request } = signup('Reader@Example.COM');
    expect(await store.subscribe(request)).toMatchObject({
      action: 'send-confirmation',
      reason: 'new',
    });
    expect(await store.subscribers({})).toEqual([
      {
        email: 'Reader@example.com',
        status: 'pending',
        createdAt: start,
        confirmedAt: null,
        unsubscribedAt: null,
        resubscribedAt: null,
        bouncedAt: null,
        sourcePath: '/blog/the-gut-skin-axis',
        landingPath: null,
        referrerHost: null,
        utm: { utm_source: 'instagram', utm_campaign: 'spring' },
        consentAt: start,
        consentForm: 'footer',
        consentTextVersion: '2025-01',
      },
    ]);
  });

  it('queues the confirmation in the same write as the signup, and none when none is due', async () => {
    const outcome = await store.subscribe(signup('q@example.com').request);
    if (outcome.action !== 'send-confirmation') throw new Error('expected a confirmation');
    expect(await store.dueMail(at(0.01), 10)).toEqual([
      {
        id: outcome.mailId,
        to: 'q@example.com',
        message: 'To: q@example.com\r\n\r\nConfirm',
        attempts: 0,
      },
    ]);
    await store.subscribe(signup('q@example.com', at(0.02)).request);
    expect(await store.dueMail(at(0.03), 10)).toHaveLength(1);
  });

  it('treats addresses that differ only in case as one subscriber', async () => {
    await store.subscribe(signup('reader@example.com').request);
    const again = await store.subscribe(signup('READER@example.com', at(0.1)).request);
    expect(again).toMatchObject({ action: 'none', reason: 'recently-sent' });
    expect(await store.subscribers({})).toHaveLength(1);
  });

  it('confirms with the emailed token once, and only before it expires', async () => {
    const first = signup('a@example.com');
    await store.subscribe(first.request);
    expect(await store.confirm(first.confirm.hash, at(1))).toBe('confirmed');
    expect(await store.confirm(first.confirm.hash, at(2))).toBe('unknown');
    expect((await store.subscribers({}))[0]).toMatchObject({
      status: 'confirmed',
      confirmedAt: at(1),
    });
    expect(await store.subscribe(signup('a@example.com', at(3)).request)).toMatchObject({
      action: 'none',
      reason: 'already-confirmed',
    });

    const late = signup('b@example.com');
    await store.subscribe(late.request);
    expect(await store.confirm(late.confirm.hash, at(48))).toBe('expired');
    expect(await store.confirm(createToken().hash, at(1))).toBe('unknown');
    expect((await store.subscribers({ status: 'pending' })).map((s) => s.email)).toEqual([
      'b@example.com',
    ]);
  });

  it('resends to a pending address after the resend interval; each link works until used or expired', async () => {
    const first = signup('p@example.com');
    await store.subscribe(first.request);
    const second = signup('p@example.com', at(1));
    expect(await store.subscribe(second.request)).toMatchObject({
      action: 'send-confirmation',
      reason: 'resend',
    });
    // The reader may click the first email's link: it still works, and retires the second.
    expect(await store.confirm(first.confirm.hash, at(1.5))).toBe('confirmed');
    expect(await store.confirm(second.confirm.hash, at(1.5))).toBe('unknown');
  });

  it('unsubscribes by token, harmlessly twice, and lets the reader come back by confirming again', async () => {
    const first = signup('u@example.com');
    await store.subscribe(first.request);
    await store.confirm(first.confirm.hash, at(1));
    expect(await store.unsubscribe(first.unsubscribe.hash, at(2))).toBe('unsubscribed');
    expect(await store.unsubscribe(first.unsubscribe.hash, at(3))).toBe('already-unsubscribed');
    expect(await store.unsubscribe(createToken().hash, at(3))).toBe('unknown');
    expect((await store.subscribers({}))[0]).toMatchObject({
      status: 'unsubscribed',
      unsubscribedAt: at(2),
    });

    // Someone signs the address up again: a confirmation goes out, the opt-out stands.
    const back = signup('u@example.com', at(4));
    expect(await store.subscribe(back.request)).toMatchObject({
      action: 'send-confirmation',
      reason: 'resubscribe',
    });
    expect((await store.subscribers({}))[0]).toMatchObject({ status: 'unsubscribed' });
    // Again within the resend interval: nothing more is sent.
    expect(await store.subscribe(signup('u@example.com', at(4.1)).request)).toMatchObject({
      action: 'none',
      reason: 'recently-sent',
    });
    // The owner confirms: back, with both dates kept; every unsubscribe link ever sent works.
    expect(await store.confirm(back.confirm.hash, at(5))).toBe('confirmed');
    expect((await store.subscribers({}))[0]).toMatchObject({
      status: 'confirmed',
      unsubscribedAt: at(2),
      resubscribedAt: at(5),
    });
    expect(await store.unsubscribe(first.unsubscribe.hash, at(6))).toBe('unsubscribed');
    expect(await store.unsubscribe(back.unsubscribe.hash, at(7))).toBe('already-unsubscribed');
  });

  it('opting out retires confirmation links not yet used', async () => {
    const first = signup('o@example.com');
    await store.subscribe(first.request);
    expect(await store.unsubscribe(first.unsubscribe.hash, at(1))).toBe('unsubscribed');
    expect(await store.confirm(first.confirm.hash, at(1.5))).toBe('unknown');
  });

  it('keeps exactly one subscriber and one confirmation for 50 parallel signups', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => store.subscribe(signup('rush@example.com').request)),
    );
    expect(outcomes.filter((outcome) => outcome.action === 'send-confirmation')).toHaveLength(1);
    expect(await store.subscribers({})).toHaveLength(1);
  });

  it('counts attempts per key within a window, also in parallel', async () => {
    const limited = (address: string, ip: string, now = start, max = { ip: 5, address: 2 }) =>
      signup(address, now, {
        limits: {
          windowStart: new Date(now.getTime() - HOUR),
          ip: { key: `ip:${ip}`, max: max.ip },
          address: { key: `email:${address}`, max: max.address },
          siteMails: 1_000,
        },
      }).request;
    // 20 at once from one connection: exactly 5 get through, whatever the interleaving.
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.subscribe(limited(`reader${i}@example.com`, '203.0.113.7')),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.action === 'limited')).toHaveLength(15);
    expect(
      outcomes.filter((outcome) => outcome.action === 'limited' && outcome.limit === 'ip'),
    ).toHaveLength(15);
    // Another connection has its own count; an address has its own limit across connections.
    expect(await store.subscribe(limited('a@example.com', '203.0.113.8'))).toMatchObject({
      action: 'send-confirmation',
    });
    await store.subscribe(limited('a@example.com', '203.0.113.9'));
    expect(await store.subscribe(limited('a@example.com', '203.0.113.10'))).toEqual({
      action: 'limited',
      limit: 'address',
    });
    // An hour later the window has moved on, and the old attempts are gone.
    expect(await store.subscribe(limited('b@example.com', '203.0.113.7', at(2)))).toMatchObject({
      action: 'send-confirmation',
    });
    expect((await store.subscribers({})).length).toBe(7);
  });

  it('queues mail until it is delivered, retrying failures later, and erases sent messages', async () => {
    const id = await store.enqueueMail('q@example.com', 'Subject: hi\r\n\r\nbody', start);
    expect(await store.dueMail(start, 10)).toEqual([
      { id, to: 'q@example.com', message: 'Subject: hi\r\n\r\nbody', attempts: 0 },
    ]);
    await store.markMailFailed(id, 'connection refused', at(1));
    expect(await store.dueMail(at(0.5), 10)).toEqual([]);
    expect(await store.dueMail(at(1), 10)).toMatchObject([{ id, attempts: 1 }]);
    await store.markMailSent(id, at(1));
    expect(await store.dueMail(at(10), 10)).toEqual([]);

    const refused = await store.enqueueMail('no@example.com', 'Subject: hi\r\n\r\nbody', start);
    await store.markMailUndeliverable(refused, '550 no such user', start);
    expect(await store.dueMail(at(1_000), 10)).toEqual([]);
  });

  it('filters the list by status and signup date', async () => {
    await store.subscribe(signup('old@example.com', at(-100)).request);
    const recent = signup('new@example.com', at(0));
    await store.subscribe(recent.request);
    await store.confirm(recent.confirm.hash, at(1));
    expect((await store.subscribers({ since: at(-1) })).map((s) => s.email)).toEqual([
      'new@example.com',
    ]);
    expect((await store.subscribers({ status: 'confirmed' })).map((s) => s.email)).toEqual([
      'new@example.com',
    ]);
  });

  it('keeps its data and migrates nothing twice when opened again', async () => {
    await store.subscribe(signup('kept@example.com').request);
    await store.close();
    store = await factory.open();
    expect((await store.subscribers({})).map((s) => s.email)).toEqual(['kept@example.com']);
  });

  it('opens a list a newer version has migrated further, as it is', async () => {
    await store.subscribe(signup('kept@example.com').request);
    await store.close();
    await factory.execute(
      `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-a-newer-version', '2030-01-01T00:00:00.000Z')`,
    );
    store = await factory.open();
    expect((await store.subscribers({})).map((s) => s.email)).toEqual(['kept@example.com']);
    await store.subscribe(signup('added@example.com').request);
    expect(await store.subscribers({})).toHaveLength(2);
  });

  it('stores SQL metacharacters as plain text', async () => {
    const { request } = signup("o'brien+x@example.com", start, {
      source: { path: "/blog/x'); DROP TABLE subscribers;--", utm: { utm_source: "'; --" } },
    });
    await store.subscribe(request);
    expect(await store.subscribers({})).toMatchObject([
      { email: "o'brien+x@example.com", sourcePath: "/blog/x'); DROP TABLE subscribers;--" },
    ]);
  });

  it('counts missed searches per query and day, most frequent first, also in parallel', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () => store.recordSearchMiss('matcha latte', '2025-03-01')),
    );
    await store.recordSearchMiss('matcha latte', '2025-03-02');
    await store.recordSearchMiss("'; DROP TABLE search_misses; --", '2025-03-02');
    await store.recordSearchMiss('kombucha', '2025-02-27');
    expect(await store.searchMisses()).toEqual([
      { query: 'matcha latte', count: 21, days: 2, lastDay: '2025-03-02' },
      { query: "'; DROP TABLE search_misses; --", count: 1, days: 1, lastDay: '2025-03-02' },
      { query: 'kombucha', count: 1, days: 1, lastDay: '2025-02-27' },
    ]);
    expect((await store.searchMisses('2025-03-02')).map((miss) => miss.count)).toEqual([1, 1]);
  });

  it('keeps at most SEARCH_MISSES_PER_DAY distinct missed searches a day, still counting those', async () => {
    for (let n = 0; n < SEARCH_MISSES_PER_DAY; n += 1) {
      await store.recordSearchMiss(`query ${n}`, '2025-03-01');
    }
    await store.recordSearchMiss('one too many', '2025-03-01');
    await store.recordSearchMiss('query 7', '2025-03-01');
    await store.recordSearchMiss('next day', '2025-03-02');
    const misses = await store.searchMisses();
    expect(misses).toHaveLength(SEARCH_MISSES_PER_DAY + 1);
    expect(misses[0]).toMatchObject({ query: 'query 7', count: 2 });
    expect(misses.some((miss) => miss.query === 'one too many')).toBe(false);
  });
});
