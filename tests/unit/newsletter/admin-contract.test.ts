import { describe, expect, it } from 'vitest';
import type { AdminLinkRequest } from '@/lib/newsletter/store';
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
});
