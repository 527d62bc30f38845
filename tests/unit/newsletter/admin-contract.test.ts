import { describe, expect, it } from 'vitest';
import type { AdminLinkRequest, NewsletterStore } from '@/lib/newsletter/store';
import { createToken } from '@/lib/newsletter/tokens';
import { freshStoreForEachTest, storeFactories } from './store-factories';
import { at, signup } from './signup-fixture';

const linkRequest = (overrides: Partial<AdminLinkRequest> = {}) => {
  const link = createToken();
  const request: AdminLinkRequest = {
    allowed: true,
    email: 'admin@glowpop.example',
    tokenHash: link.hash,
    expiresAt: at(0.25),
    now: at(0),
    limits: {
      windowStart: at(-1),
      ip: { key: 'admin-ip:203.0.113.1', max: 20 },
      address: { key: 'admin-mailbox:admin@glowpop.example', max: 5 },
    },
    mail: { message: 'Subject: sign in\r\n\r\nlink', dueAt: at(0) },
    ...overrides,
  };
  return { request, link };
};

describe.each(storeFactories())('dashboard sign-in and figures with the $name store', (factory) => {
  const store = freshStoreForEachTest(factory);

  it('stores a link only for a listed address, and it signs in once', async () => {
    const { request, link } = linkRequest();
    expect(await store().requestAdminLink(request)).toMatchObject({ action: 'send' });
    expect(await store().redeemAdminLink(link.hash, at(0.1))).toEqual({
      email: 'admin@glowpop.example',
    });
    expect(await store().redeemAdminLink(link.hash, at(0.1))).toBe('unknown');

    const stranger = linkRequest({ allowed: false, email: 'someone@example.com' });
    expect(await store().requestAdminLink(stranger.request)).toEqual({ action: 'none' });
    expect(await store().redeemAdminLink(stranger.link.hash, at(0.1))).toBe('unknown');
  });

  it('an expired link does not sign in, and is gone after trying', async () => {
    const { request, link } = linkRequest();
    await store().requestAdminLink(request);
    expect(await store().redeemAdminLink(link.hash, at(0.3))).toBe('expired');
    expect(await store().redeemAdminLink(link.hash, at(0.1))).toBe('unknown');
  });

  it('counts requests per address for everyone, listed or not', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect(await store().requestAdminLink(linkRequest({ allowed: false }).request)).toEqual({
        action: 'none',
      });
    expect(await store().requestAdminLink(linkRequest().request)).toEqual({
      action: 'limited',
    });
  });

  it('counts signups, confirmations and unsubscribes per day since the period began', async () => {
    const day = (days: number) => at(days * 24);
    const early = signup('early@example.com', day(-5));
    await store().subscribe(early.request);
    await store().confirm(early.confirm.hash, day(-5));
    const a = signup('a@example.com', day(0));
    await store().subscribe(a.request);
    await store().confirm(a.confirm.hash, day(1));
    const b = signup('b@example.com', day(1));
    await store().subscribe(b.request);
    await store().subscribe(signup('pending@example.com', day(1)).request);
    await store().confirm(b.confirm.hash, day(1));
    await store().unsubscribe(b.unsubscribe.hash, day(2));

    const figures = await store().dashboardFigures(day(-1));
    const dayOf = (days: number) => day(days).toISOString().slice(0, 10);
    expect(figures).toEqual({
      confirmedNow: 2,
      signups: [
        { day: dayOf(0), count: 1 },
        { day: dayOf(1), count: 2 },
      ],
      confirmations: [{ day: dayOf(1), count: 2 }],
      unsubscribes: [{ day: dayOf(2), count: 1 }],
      signupsConfirmed: 2,
    });
  });
  it('lists a page at a time, filtered by status, date, page and campaign', async () => {
    const join = async (address: string, hours: number, path: string, campaign?: string) => {
      const { request, confirm } = signup(address, at(hours), {
        source: { path, utm: campaign ? { utm_campaign: campaign } : {} },
      });
      await store().subscribe(request);
      await store().confirm(confirm.hash, at(hours));
    };
    await join('a@example.com', 0, '/blog/a', 'spring');
    await join('b@example.com', 1, '/blog/b', 'spring');
    await join('c@example.com', 2, '/blog/a', 'autumn');
    await join('d@example.com', 3, '/', undefined);
    const emails = async (filter: Parameters<NewsletterStore['subscriberPage']>[0], offset = 0) => {
      const page = await store().subscriberPage(filter, { offset, limit: 2 });
      return { total: page.total, emails: page.rows.map((row) => row.email) };
    };
    expect(await emails({})).toEqual({ total: 4, emails: ['a@example.com', 'b@example.com'] });
    expect(await emails({}, 2)).toEqual({ total: 4, emails: ['c@example.com', 'd@example.com'] });
    expect(await emails({ campaign: 'spring' })).toEqual({
      total: 2,
      emails: ['a@example.com', 'b@example.com'],
    });
    expect(await emails({ sourcePath: '/blog/a', since: at(1) })).toEqual({
      total: 1,
      emails: ['c@example.com'],
    });
    expect((await store().subscribers({ campaign: 'autumn' })).map((row) => row.email)).toEqual([
      'c@example.com',
    ]);
  });

  it('erases a person and every trace of them, keeping only who erased someone and when', async () => {
    const keep = signup('keep@example.com', at(0));
    await store().subscribe(keep.request);
    const gone = signup('gone@example.com', at(0));
    await store().subscribe(gone.request);
    await store().confirm(gone.confirm.hash, at(0.5));
    const send = await store().startSend({
      slug: 'the-gut-skin-axis',
      subject: 'S',
      intro: null,
      format: 'excerpt',
      now: at(1),
      resend: false,
    });
    expect(send.action).toBe('started');

    expect(await store().eraseSubscriber('gone@example.com', 'admin@glowpop.example', at(2))).toBe(
      'erased',
    );
    expect(await store().eraseSubscriber('gone@example.com', 'admin@glowpop.example', at(2))).toBe(
      'unknown',
    );
    expect((await store().subscribers({})).map((row) => row.email)).toEqual(['keep@example.com']);
    expect(await store().unsubscribe(gone.unsubscribe.hash, at(3))).toBe('unknown');
    const dump = JSON.stringify(
      await Promise.all(
        [
          'subscribers',
          'confirmation_tokens',
          'unsubscribe_tokens',
          'mail_queue',
          'newsletter_deliveries',
          'admin_audit',
        ].map((table) => factory.rows(`SELECT * FROM ${table}`)),
      ),
    );
    expect(dump).not.toContain('gone@example.com');
    expect(dump).not.toContain(gone.unsubscribe.hash);
    expect(dump).not.toContain(gone.confirm.hash);
    expect(await factory.rows('SELECT admin_email, action FROM admin_audit')).toEqual([
      { admin_email: 'admin@glowpop.example', action: 'erased a subscriber on request' },
    ]);
  });
});
