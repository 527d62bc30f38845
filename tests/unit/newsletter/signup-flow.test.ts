import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outboxMailer, smtpMailer } from '@/lib/newsletter/mailer';
import {
  CHECK_INBOX,
  confirmSubscription,
  deliverDueMail,
  MAX_ATTEMPTS,
  signUp,
  unsubscribeByToken,
  type NewsletterDeps,
  type SignupInput,
} from '@/lib/newsletter/newsletter';
import type { NewsletterStore } from '@/lib/newsletter/store';
import { site } from '@/lib/site';
import { startSmtpInbox, tokenFrom } from '../../support/smtp-inbox';
import { storeFactories } from './store-factories';

const HOUR = 3_600_000;
let clock = new Date('2025-03-01T10:00:00Z');
const now = () => clock;
const later = (hours: number) => {
  clock = new Date(clock.getTime() + hours * HOUR);
};

let store: NewsletterStore;
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let deps: NewsletterDeps;

function form(overrides: Partial<SignupInput> = {}): SignupInput {
  return {
    email: 'reader@example.com',
    website: '',
    sourcePath: '/blog/the-gut-skin-axis',
    utm: { utm_source: 'instagram', utm_medium: 'social', ignored: 'x' },
    form: 'article-end',
    clientNetwork: '198.51.100.1',
    siteMailsPerHour: 300,
    ...overrides,
  };
}

const factories = storeFactories();

describe.each(factories)('on $name', (factory) => {
  beforeEach(async () => {
    clock = new Date('2025-03-01T10:00:00Z');
    await factory.cleanUp();
    store = await factory.open();
    inbox = await startSmtpInbox();
    deps = { store, mailer: smtpMailer(inbox.url), now };
  });

  afterEach(async () => {
    deps.mailer.close();
    await store.close();
    await inbox.close();
  });

  afterAll(() => factory.cleanUp());

  /** Swaps the mail server for one with these settings, and the mailer with it. */
  async function reopenInbox(options: Parameters<typeof startSmtpInbox>[0]) {
    deps.mailer.close();
    await inbox.close();
    inbox = await startSmtpInbox(options);
    deps = { ...deps, mailer: smtpMailer(inbox.url) };
  }

  describe('double opt-in over real SMTP', () => {
    it('subscribe → email with confirm link and one-click headers → confirm → unsubscribe', async () => {
      expect(await signUp(deps, form())).toEqual({ ok: true, status: 200, message: CHECK_INBOX });
      expect((await store.subscribers({}))[0]).toMatchObject({
        status: 'pending',
        sourcePath: '/blog/the-gut-skin-axis',
        utm: { utm_source: 'instagram', utm_medium: 'social' },
        consentForm: 'article-end',
        consentTextVersion: site.newsletter.consentVersion,
        consentAt: clock,
      });

      const [mail] = await inbox.waitFor(1);
      if (!mail) throw new Error('no mail');
      expect(mail.to).toEqual(['reader@example.com']);
      expect(mail.parsed.subject).toBe('Confirm your GLOWPOP subscription');
      expect(mail.parsed.html).toContain('Yes, subscribe me');
      expect(mail.parsed.text).toContain(`${site.url}/newsletter/confirm?token=`);
      // Read from the raw message, as mail clients do (mailparser folds List-* headers together).
      expect(mail.raw).toMatch(
        new RegExp(
          `^List-Unsubscribe:\\s*<${site.url}/api/newsletter/unsubscribe\\?token=[A-Za-z0-9_-]{43}>`,
          'm',
        ),
      );
      expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);

      const confirmToken = tokenFrom(mail, `${site.url}/newsletter/confirm?token=`);
      expect(await confirmSubscription(deps, confirmToken)).toMatchObject({ status: 200 });
      expect((await store.subscribers({}))[0]?.status).toBe('confirmed');
      expect(await confirmSubscription(deps, confirmToken)).toMatchObject({ status: 404 });

      const unsubscribeToken = tokenFrom(mail, `${site.url}/newsletter/unsubscribe?token=`);
      expect(await unsubscribeByToken(deps, unsubscribeToken)).toMatchObject({ status: 200 });
      expect(await unsubscribeByToken(deps, unsubscribeToken)).toMatchObject({ status: 200 });
      expect((await store.subscribers({}))[0]?.status).toBe('unsubscribed');
    });

    it('says the same thing for new, pending, confirmed and unsubscribed addresses', async () => {
      const first = await signUp(deps, form());
      const [mail] = await inbox.waitFor(1);
      const pending = await signUp(deps, form());
      await confirmSubscription(deps, tokenFrom(mail!, `${site.url}/newsletter/confirm?token=`));
      const confirmed = await signUp(deps, form());
      await unsubscribeByToken(deps, tokenFrom(mail!, `${site.url}/newsletter/unsubscribe?token=`));
      later(1);
      const unsubscribed = await signUp(deps, form({ email: 'READER@example.com' }));
      for (const result of [first, pending, confirmed, unsubscribed]) {
        expect(result).toEqual({ ok: true, status: 200, message: CHECK_INBOX });
      }
      // New and re-subscribe each get a confirmation; a recent pending and a confirmed one do not.
      await inbox.waitFor(2);
      expect(inbox.received).toHaveLength(2);
      expect(await store.subscribers({})).toHaveLength(1);
    });

    it('resends to a pending address only after the resend interval; either link confirms', async () => {
      await signUp(deps, form());
      await signUp(deps, form());
      later(site.newsletter.resendAfterMinutes / 60 + 0.01);
      await signUp(deps, form());
      await inbox.waitFor(2);
      expect(inbox.received).toHaveLength(2);
      const [first, second] = inbox.received;
      expect(
        await confirmSubscription(deps, tokenFrom(first!, `${site.url}/newsletter/confirm?token=`)),
      ).toMatchObject({
        status: 200,
      });
      // One confirmation retires the other link.
      expect(
        await confirmSubscription(
          deps,
          tokenFrom(second!, `${site.url}/newsletter/confirm?token=`),
        ),
      ).toMatchObject({
        status: 404,
      });
    });

    it('never undoes an opt-out: a new signup only mails the owner a link', async () => {
      await signUp(deps, form());
      const [welcome] = await inbox.waitFor(1);
      const unsubscribeToken = tokenFrom(welcome!, `${site.url}/newsletter/unsubscribe?token=`);
      await confirmSubscription(deps, tokenFrom(welcome!, `${site.url}/newsletter/confirm?token=`));
      expect((await unsubscribeByToken(deps, unsubscribeToken)).status).toBe(200);
      later(1);
      expect((await signUp(deps, form())).ok).toBe(true);
      expect((await store.subscribers({}))[0]?.status).toBe('unsubscribed');
      // The old email's unsubscribe link still works (harmlessly: they are out already).
      expect((await unsubscribeByToken(deps, unsubscribeToken)).status).toBe(200);
      const [, again] = await inbox.waitFor(2);
      expect(
        await confirmSubscription(deps, tokenFrom(again!, `${site.url}/newsletter/confirm?token=`)),
      ).toMatchObject({ status: 200 });
      expect((await store.subscribers({}))[0]).toMatchObject({
        status: 'confirmed',
        unsubscribedAt: expect.any(Date),
        resubscribedAt: clock,
      });
    });

    it('keeps the signup and retries when the mail server is down', async () => {
      const port = inbox.port;
      await inbox.close();
      expect(await signUp(deps, form())).toEqual({ ok: true, status: 200, message: CHECK_INBOX });
      expect(await store.subscribers({})).toHaveLength(1);
      expect(await store.dueMail(clock, 10)).toEqual([]);

      inbox = await startSmtpInbox({ port });
      later(0.02);
      expect(await deliverDueMail(deps)).toEqual({ sent: 1, failed: 0 });
      const [mail] = await inbox.waitFor(1);
      expect(
        await confirmSubscription(deps, tokenFrom(mail!, `${site.url}/newsletter/confirm?token=`)),
      ).toMatchObject({
        status: 200,
      });
    });

    it('gives up at once on mail the server refuses for good (5xx), and never retries it', async () => {
      await reopenInbox({ refuse: (to) => (to === 'refused@example.com' ? 550 : undefined) });
      expect((await signUp(deps, form({ email: 'refused@example.com' }))).ok).toBe(true);
      for (const hours of [0.1, 1, 24, 72]) {
        later(hours);
        expect(await deliverDueMail(deps)).toEqual({ sent: 0, failed: 0 });
      }
      expect(inbox.refused).toEqual(['refused@example.com']);
    });

    it('retries a temporary refusal (4xx) with growing delays, then gives up', async () => {
      await reopenInbox({ refuse: () => 451 });
      expect((await signUp(deps, form())).ok).toBe(true);
      for (let day = 0; day < 20; day++) {
        later(24);
        await deliverDueMail(deps);
      }
      expect(inbox.refused).toHaveLength(MAX_ATTEMPTS);
    });

    it('keeps exactly one subscriber and sends one email for 50 parallel submits', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          signUp(deps, form({ clientNetwork: `198.51.100.${index}` })),
        ),
      );
      expect(new Set(results.map((result) => result.message))).toEqual(new Set([CHECK_INBOX]));
      expect(await store.subscribers({})).toHaveLength(1);
      await inbox.waitFor(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(inbox.received).toHaveLength(1);
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty address', { email: '' }],
      ['a whitespace-only address', { email: '   ' }],
      ['a 10 kB address', { email: `${'a'.repeat(10_240)}@example.com` }],
      ['a@b', { email: 'a@b' }],
      ['a header injection', { email: 'a@example.com\r\nBcc: everyone@example.com' }],
      ['a look-alike domain', { email: 'reader@gmаil.com' }],
      ['a list instead of a string', { email: ['a@example.com', 'b@example.com'] }],
      ['an object instead of a string', { email: { $ne: null } }],
      ['a missing field', { email: undefined }],
    ])('%s gets a clear message, status 400, and stores nothing', async (_case, overrides) => {
      const result = await signUp(deps, form(overrides));
      expect(result.ok).toBe(false);
      expect(result.status).toBe(400);
      expect(result.message.length).toBeGreaterThan(10);
      expect(await store.subscribers({})).toEqual([]);
    });

    it('a filled honeypot gets the normal success and nothing is stored or sent', async () => {
      expect(await signUp(deps, form({ website: 'https://spam.example' }))).toEqual({
        ok: true,
        status: 200,
        message: CHECK_INBOX,
      });
      expect(await signUp(deps, form({ website: ['x'] }))).toMatchObject({ ok: true });
      expect(await store.subscribers({})).toEqual([]);
      expect(inbox.received).toEqual([]);
    });

    it('too many attempts from one IP get 429; too many for one address stay neutral', async () => {
      for (let index = 0; index < site.newsletter.attemptsPerIpPerHour; index++) {
        await signUp(deps, form({ email: `r${index}@example.com` }));
      }
      expect(await signUp(deps, form({ email: 'one-more@example.com' }))).toMatchObject({
        ok: false,
        status: 429,
      });
      later(1.01);
      expect(await signUp(deps, form({ email: 'one-more@example.com' }))).toMatchObject({
        ok: true,
      });

      for (let index = 0; index < site.newsletter.attemptsPerAddressPerHour + 3; index++) {
        expect(
          await signUp(
            deps,
            form({ email: 'same@example.com', clientNetwork: `203.0.113.${index}` }),
          ),
        ).toEqual({ ok: true, status: 200, message: CHECK_INBOX });
      }
    });

    it('100 signups for one mailbox, from ever-new networks and +tags, mail it at most the limit', async () => {
      const results = [];
      for (let index = 0; index < 100; index++) {
        const email = index % 2 ? `Victim+${index}@example.com` : `victim+x${index}@EXAMPLE.com`;
        results.push(await signUp(deps, form({ email, clientNetwork: `10.0.${index}.1` })));
      }
      // Every answer is the neutral success: nothing tells the sender they were limited.
      expect(new Set(results.map((result) => result.message))).toEqual(new Set([CHECK_INBOX]));
      await inbox.waitFor(site.newsletter.attemptsPerAddressPerHour);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(inbox.received).toHaveLength(site.newsletter.attemptsPerAddressPerHour);
      // Gmail ignores dots as well: one mailbox, one limit.
      inbox.received.length = 0;
      for (const email of ['a.b.c@gmail.com', 'abc+1@googlemail.com', 'A.BC@gmail.com']) {
        await signUp(deps, form({ email, clientNetwork: undefined }));
      }
      const extra = [0, 1, 2, 3].map((index) => `ab.c+${index}@gmail.com`);
      for (const email of extra) await signUp(deps, form({ email, clientNetwork: undefined }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(inbox.received).toHaveLength(site.newsletter.attemptsPerAddressPerHour);
    });

    it('the whole site sends at most its hourly number of confirmations', async () => {
      const capped = (index: number) =>
        signUp(deps, form({ email: `reader${index}@example.com`, siteMailsPerHour: 3 }));
      for (const index of [1, 2, 3]) expect((await capped(index)).ok).toBe(true);
      expect(await capped(4)).toMatchObject({ ok: false, status: 429 });
      later(1.01);
      expect((await capped(5)).ok).toBe(true);
    });

    it.each([
      ['a missing token', undefined, 400],
      ['a list of tokens', ['a', 'b'], 400],
      ['a tampered token', 'x'.repeat(42) + '!', 400],
      ['an unknown token', 'A'.repeat(43), 404],
    ])('confirming and unsubscribing with %s fail clearly', async (_case, token, status) => {
      expect((await confirmSubscription(deps, token)).status).toBe(status);
      expect((await unsubscribeByToken(deps, token)).status).toBe(status);
    });

    it('an expired confirmation link says so (410) and a new signup sends a fresh one', async () => {
      await signUp(deps, form());
      const [mail] = await inbox.waitFor(1);
      later(site.newsletter.confirmLinkHours + 0.01);
      const token = tokenFrom(mail!, `${site.url}/newsletter/confirm?token=`);
      expect(await confirmSubscription(deps, token)).toMatchObject({ status: 410 });
      await signUp(deps, form());
      const [, fresh] = await inbox.waitFor(2);
      expect(
        await confirmSubscription(deps, tokenFrom(fresh!, `${site.url}/newsletter/confirm?token=`)),
      ).toMatchObject({
        status: 200,
      });
    });
  });

  describe('development without SMTP', () => {
    it('writes each message to the outbox and logs neither the address nor the link', async () => {
      const outbox = mkdtempSync(path.join(tmpdir(), 'glowpop-outbox-'));
      const lines: string[] = [];
      const result = await signUp(
        { store, mailer: outboxMailer(outbox), now, log: (line) => lines.push(line) },
        form(),
      );
      expect(result.ok).toBe(true);
      const files = readdirSync(outbox);
      expect(files).toHaveLength(1);
      const saved = readFileSync(path.join(outbox, files[0]!), 'utf8');
      expect(saved).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(lines).toEqual([
        'Newsletter: confirmation for r***@example.com written to the outbox folder',
      ]);
      expect(lines.join('\n')).not.toMatch(/reader@|token=|[A-Za-z0-9_-]{43}/);
    });
  });
});
