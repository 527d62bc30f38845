import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { renderIssue } from '@/lib/newsletter/issue-message';
import {
  DEFAULT_SEND_SETTINGS,
  SendInterrupted,
  sendIssue,
  type SendIssueDeps,
} from '@/lib/newsletter/send-issue';
import { openSmtpSession } from '@/lib/newsletter/smtp-session';
import type { NewsletterStore } from '@/lib/newsletter/store';
import { hashToken } from '@/lib/newsletter/tokens';
import { startSmtpInbox, tokenFrom, type ReceivedMail } from '../../support/smtp-inbox';
import { freshStoreForEachTest, storeFactories } from './store-factories';
import { at, signup } from './signup-fixture';

const settings = {
  ...DEFAULT_SEND_SETTINGS,
  connections: 3,
  perMinute: 0,
  batch: 4,
  retryDelaysMs: [0, 0],
};

async function gutSkinIssue() {
  const { posts } = await loadContent();
  const post = posts.find((candidate) => candidate.slug === 'the-gut-skin-axis');
  if (!post) throw new Error('the sample content has no the-gut-skin-axis');
  return renderIssue(post, { subject: null, intro: null, full: false, test: false });
}

/** The token of the unsubscribe link in a received issue. */
const unsubscribeToken = (mail: ReceivedMail) =>
  decodeURIComponent(tokenFrom(mail, '/newsletter/unsubscribe?token='));

describe.each(storeFactories())('sending an issue with the $name store', (factory) => {
  const store = freshStoreForEachTest(factory);

  /** Signs up each address; confirms those not named in `pendingOnly`. Returns unsubscribe hashes. */
  async function list(addresses: string[], pendingOnly: string[] = []) {
    const unsubscribeHashes = new Map<string, string>();
    for (const address of addresses) {
      const { request, confirm, unsubscribe } = signup(address, at(0));
      await store().subscribe(request);
      if (!pendingOnly.includes(address)) await store().confirm(confirm.hash, at(0.5));
      unsubscribeHashes.set(address, unsubscribe.hash);
    }
    return unsubscribeHashes;
  }

  async function startedSend(from: NewsletterStore = store()) {
    const outcome = await from.startSend({
      slug: 'the-gut-skin-axis',
      subject: 'The Gut-Skin Axis',
      intro: null,
      format: 'excerpt',
      now: new Date(),
      resend: false,
    });
    if (outcome.action !== 'started' && outcome.action !== 'resumed')
      throw new Error(`Expected a send, got ${outcome.action}`);
    return outcome.send;
  }

  function deps(smtpUrl: string, overrides: Partial<SendIssueDeps> = {}): SendIssueDeps {
    return {
      store: store(),
      connect: () => openSmtpSession(smtpUrl),
      from: 'hello@glowpop.example',
      worker: 'test-sender',
      ...overrides,
    };
  }

  it('reaches each confirmed reader once, each with their own working unsubscribe link', async () => {
    const readers = Array.from({ length: 12 }, (_, index) => `reader${index}@example.com`);
    await list([...readers, 'pending@example.com'], ['pending@example.com']);
    const inbox = await startSmtpInbox();
    try {
      const send = await startedSend();
      const summary = await sendIssue(send.id, await gutSkinIssue(), deps(inbox.url), settings);
      expect(summary.counts).toMatchObject({ sent: 12, pending: 0, claimed: 0 });
      expect(summary.finishedAt).not.toBeNull();
      expect(inbox.received.map((mail) => mail.to[0]).sort()).toEqual([...readers].sort());

      const tokens = inbox.received.map(unsubscribeToken);
      expect(new Set(tokens).size).toBe(12);
      // The one-click header carries the same reader's token as the footer's link.
      const headers = (inbox.received[0]?.raw ?? '').split('\r\n\r\n')[0]?.replace(/\r\n\s+/g, ' ');
      expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(headers).toContain(
        `List-Unsubscribe: <http://localhost:3000/api/newsletter/unsubscribe?token=${encodeURIComponent(tokens[0] ?? '')}>`,
      );
      expect(await store().unsubscribe(hashToken(tokens[0] ?? ''), new Date())).toBe(
        'unsubscribed',
      );

      // Run again: nothing is left to send, and no one gets a second copy.
      await sendIssue(send.id, await gutSkinIssue(), deps(inbox.url), settings);
      expect(inbox.received).toHaveLength(12);
    } finally {
      await inbox.close();
    }
  });

  it('marks a 5xx refusal as bounced and retries a 4xx until it goes through', async () => {
    await list(['ok@example.com', 'gone@example.com', 'busy@example.com']);
    let busyRefusals = 0;
    const inbox = await startSmtpInbox({
      refuse: (to) => {
        if (to === 'gone@example.com') return 550;
        if (to === 'busy@example.com' && busyRefusals < 2) {
          busyRefusals += 1;
          return 451;
        }
        return undefined;
      },
    });
    try {
      const send = await startedSend();
      const summary = await sendIssue(send.id, await gutSkinIssue(), deps(inbox.url), settings);
      expect(summary.counts).toMatchObject({ sent: 2, bounced: 1, failed: 0 });
      expect(inbox.received.map((mail) => mail.to[0]).sort()).toEqual([
        'busy@example.com',
        'ok@example.com',
      ]);
      const gone = (await store().subscribers({})).find(
        (subscriber) => subscriber.email === 'gone@example.com',
      );
      expect(gone?.bouncedAt).toBeInstanceOf(Date);
      const report = await store().deliveryReport(send.id);
      expect(report.find((row) => row.email === 'busy@example.com')).toMatchObject({
        status: 'sent',
        attempts: 2,
      });
    } finally {
      await inbox.close();
    }
  });

  it('gives up on a reader whose server keeps deferring, once the retries run out', async () => {
    await list(['ok@example.com', 'always-busy@example.com']);
    const inbox = await startSmtpInbox({
      refuse: (to) => (to === 'always-busy@example.com' ? 421 : undefined),
    });
    try {
      const send = await startedSend();
      const summary = await sendIssue(send.id, await gutSkinIssue(), deps(inbox.url), settings);
      expect(summary.counts).toMatchObject({ sent: 1, failed: 1, bounced: 0 });
      expect(inbox.refused).toEqual(Array(3).fill('always-busy@example.com'));
    } finally {
      await inbox.close();
    }
  });

  it('a reader who unsubscribes while their message is being handed over gets nothing', async () => {
    const hashes = await list(['first@example.com', 'leaving@example.com', 'last@example.com']);
    const inbox = await startSmtpInbox({
      // The reader clicks "unsubscribe" just as the server is told about them.
      onRecipient: async (to) => {
        if (to === 'leaving@example.com')
          await store().unsubscribe(hashes.get(to) ?? '', new Date());
      },
    });
    try {
      const send = await startedSend();
      const summary = await sendIssue(send.id, await gutSkinIssue(), deps(inbox.url), {
        ...settings,
        connections: 1,
      });
      expect(summary.counts).toMatchObject({ sent: 2, skipped: 1 });
      expect(inbox.received.map((mail) => mail.to[0])).toEqual([
        'first@example.com',
        'last@example.com',
      ]);
    } finally {
      await inbox.close();
    }
  });

  it('stops with a clear reason when the relay is down, and resumes where it stopped', async () => {
    await list(['a@example.com', 'b@example.com']);
    const send = await startedSend();
    const inbox = await startSmtpInbox();
    const port = inbox.port;
    await inbox.close();
    const run = sendIssue(
      send.id,
      await gutSkinIssue(),
      deps(`smtp://127.0.0.1:${port}`, { sleep: async () => {} }),
      settings,
    );
    await expect(run).rejects.toThrow(SendInterrupted);
    await expect(run).rejects.toThrow(/cannot be reached \(ESOCKET: connect ECONNREFUSED/);
    expect((await store().sendSummary(send.id)).counts).toMatchObject({ pending: 2, claimed: 0 });

    const back = await startSmtpInbox({ port });
    try {
      const summary = await sendIssue(send.id, await gutSkinIssue(), deps(back.url), settings);
      expect(summary.counts).toMatchObject({ sent: 2 });
      expect(back.received).toHaveLength(2);
    } finally {
      await back.close();
    }
  });

  it('a database that fails while a delivery is recorded stops the send; a resume sends the rest once', async () => {
    const readers = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'];
    await list(readers);
    const send = await startedSend();
    const inbox = await startSmtpInbox();
    try {
      let records = 0;
      const failing: NewsletterStore = {
        ...store(),
        markDeliverySent: (...args) =>
          ++records === 3
            ? Promise.reject(new Error('disk I/O error'))
            : store().markDeliverySent(...args),
      };
      const run = sendIssue(send.id, await gutSkinIssue(), deps(inbox.url, { store: failing }), {
        ...settings,
        connections: 1,
      });
      await expect(run).rejects.toThrow(/The newsletter database failed \(disk I\/O error\)/);
      expect(inbox.received).toHaveLength(2);
      expect((await store().sendSummary(send.id)).counts).toMatchObject({ sent: 2, pending: 2 });

      await sendIssue(send.id, await gutSkinIssue(), deps(inbox.url), settings);
      expect(inbox.received.flatMap((mail) => mail.to).sort()).toEqual(readers);
    } finally {
      await inbox.close();
    }
  });

  it('says so when the database fails just as an ended message is recorded', async () => {
    await list(['a@example.com', 'b@example.com']);
    const send = await startedSend();
    const inbox = await startSmtpInbox();
    try {
      const log: string[] = [];
      const failing: NewsletterStore = {
        ...store(),
        markDeliverySent: (_id, _worker, _hash, _now, alongsideCommit) => {
          alongsideCommit?.();
          return Promise.reject(new Error('connection terminated unexpectedly'));
        },
      };
      const run = sendIssue(
        send.id,
        await gutSkinIssue(),
        deps(inbox.url, { store: failing, log: (line) => log.push(line) }),
        { ...settings, connections: 1 },
      );
      await expect(run).rejects.toThrow(/database failed \(connection terminated unexpectedly\)/);
      expect(inbox.received).toHaveLength(1);
      expect(log).toEqual([
        expect.stringMatching(/sent, but the database failed as it recorded it/),
      ]);
    } finally {
      await inbox.close();
    }
  });

  it('a relay that refuses the sender stops the send, and no reader is blamed for it', async () => {
    await list(['a@example.com', 'b@example.com']);
    const relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onMailFrom: (_address, _session, callback) =>
        callback(
          Object.assign(new Error('5.7.1 Sender address not verified'), { responseCode: 554 }),
        ),
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const { port } = relay.server.address() as AddressInfo;
    try {
      const send = await startedSend();
      const run = sendIssue(
        send.id,
        await gutSkinIssue(),
        deps(`smtp://127.0.0.1:${port}?ignoreTLS=true`),
        settings,
      );
      await expect(run).rejects.toThrow(
        /The mail relay refused to send \(.*Sender address not verified\)/,
      );
      expect((await store().sendSummary(send.id)).counts).toMatchObject({ pending: 2, bounced: 0 });
      expect((await store().subscribers({})).every((reader) => reader.bouncedAt === null)).toBe(
        true,
      );
    } finally {
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    }
  });

  it('a relay that accepts the connection and closes it at once is down, not a bounce', async () => {
    await list(['a@example.com']);
    const closing = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    const { port } = closing.address() as AddressInfo;
    try {
      const send = await startedSend();
      const run = sendIssue(
        send.id,
        await gutSkinIssue(),
        deps(`smtp://127.0.0.1:${port}`, { sleep: async () => {} }),
        settings,
      );
      await expect(run).rejects.toThrow(/The mail relay cannot be reached/);
      expect((await store().sendSummary(send.id)).counts).toMatchObject({ pending: 1, failed: 0 });
    } finally {
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    }
  });

  it('keeps to the rate: each message takes the next free slot', async () => {
    await list(['a@example.com', 'b@example.com', 'c@example.com']);
    const inbox = await startSmtpInbox();
    const waits: number[] = [];
    try {
      const send = await startedSend();
      await sendIssue(
        send.id,
        await gutSkinIssue(),
        deps(inbox.url, {
          sleep: async (ms) => {
            waits.push(ms);
          },
        }),
        { ...settings, connections: 1, perMinute: 60 },
      );
      // One a second: the first goes at once, each later one waits about a second for its slot.
      expect(waits.filter((ms) => ms > 500)).toHaveLength(2);
      expect(inbox.received).toHaveLength(3);
    } finally {
      await inbox.close();
    }
  });
});
