import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; raw: string; parsed: ParsedMail };

/**
 * A real SMTP server on loopback that keeps what it receives, for tests to read; `onMail`
 * also hands each message to the caller (the e2e suite writes them to files).
 */
export async function startSmtpInbox({
  port = 0,
  onMail,
  refuse,
  onRecipient,
  countOnly = false,
}: {
  port?: number;
  onMail?: (mail: ReceivedMail) => void;
  /** The SMTP reply code to refuse a recipient with (like 550 or 451), or undefined to accept. */
  refuse?: (recipient: string) => number | undefined;
  /** Runs, and is waited for, as each recipient is given: what happens while a message is sent. */
  onRecipient?: (recipient: string) => Promise<void>;
  /** Keep only counts, per recipient (a benchmark's 100,000 messages would not fit in memory). */
  countOnly?: boolean;
} = {}) {
  const perRecipient = new Map<string, number>();
  let count = 0;
  const received: ReceivedMail[] = [];
  /** Recipients refused, in order, once per attempt. */
  const refused: string[] = [];
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      (onRecipient?.(address.address) ?? Promise.resolve()).then(
        () => {
          const code = refuse?.(address.address);
          if (code === undefined) return callback();
          refused.push(address.address);
          callback(Object.assign(new Error(`Refused ${address.address}`), { responseCode: code }));
        },
        // A failing hook answers the client, so a test fails on it instead of waiting forever.
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
    onData(stream, session, callback) {
      if (countOnly) {
        stream.resume();
        stream.on('end', () => {
          count += 1;
          for (const { address } of session.envelope.rcptTo)
            perRecipient.set(address, (perRecipient.get(address) ?? 0) + 1);
          callback();
        });
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          parsed: await simpleParser(raw),
        };
        received.push(mail);
        onMail?.(mail);
        waiting.splice(0).forEach((wake) => wake());
        callback();
      });
    },
  });
  // A client that goes away mid-connection (a server killed with its pooled SMTP connections
  // open) is normal for a mail catcher, not a reason to crash the test process.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    received,
    refused,
    /** With countOnly: messages received, and per recipient. */
    counted: () => ({ count, perRecipient }),
    url: `smtp://127.0.0.1:${address.port}?ignoreTLS=true`,
    port: address.port,
    /** Resolves once `count` messages have arrived. */
    async waitFor(count: number, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`Expected ${count} emails, got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the first link in the mail's text that starts with `prefix`. */
export function tokenFrom(mail: ReceivedMail, prefix: string): string {
  const match = new RegExp(`${prefix.replace(/[.?]/g, '\\$&')}([A-Za-z0-9_-]+)`).exec(
    mail.parsed.text ?? '',
  );
  if (!match?.[1]) throw new Error(`No link starting ${prefix} in:\n${mail.parsed.text}`);
  return match[1];
}
