import { Readable } from 'node:stream';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';

/**
 * One connection to the mail relay, sending one message at a time. Unlike nodemailer's pooled
 * transport it lets the caller act between handing the server a message and ending it: `record`
 * runs once the whole body is written, and calls `end` to write the final "." that makes the
 * server accept it. Recording the delivery there, and ending the message in the same step as
 * the record's commit, means a sender killed at any moment either recorded a message it may
 * have sent, or sent nothing it did not record: a restart never sends anyone a second copy.
 */
export type SmtpSession = {
  send(
    envelope: { from: string; to: string },
    message: string,
    record: (end: () => void) => Promise<boolean>,
  ): Promise<SendOutcome>;
  close(): void;
};

/**
 * sent: accepted by the server. declined: `record` said no (the reader left meanwhile, or the
 * claim was taken over) and the message was abandoned before its end, so the server dropped it.
 */
export type SendOutcome = 'sent' | 'declined';

/** What went wrong with a message or the connection, with what the server said if it did. */
export class SmtpError extends Error {
  constructor(
    message: string,
    /** The server's reply code (550, 451…), when it answered. */
    readonly responseCode: number | undefined,
    /** nodemailer's code: ECONNECTION, EAUTH, ETIMEDOUT, EENVELOPE, EMESSAGE… */
    readonly code: string | undefined,
    /** The command the server answered: 'MAIL FROM', 'RCPT TO', 'DATA'… */
    readonly command: string | undefined,
    /**
     * 'never': `record` had not recorded the delivery; 'recorded': it had, but the message's
     * end was never written, so the server dropped it; 'ended': recorded and ended, and the
     * server may have taken it.
     */
    readonly delivery: 'never' | 'recorded' | 'ended',
  ) {
    super(message);
    this.name = 'SmtpError';
  }

  /** Refused for good: trying again would be refused again. */
  get permanent(): boolean {
    return this.responseCode !== undefined && this.responseCode >= 500;
  }

  /**
   * The reader's own server refused them for good (no such mailbox, and the like): refused at
   * RCPT TO, or after the message with an RFC 3463 5.1.x address status.
   */
  get addressRefused(): boolean {
    return this.permanent && (this.command === 'RCPT TO' || / 5\.1\.\d/.test(this.message));
  }
}

const DECLINED = 'Not sent: the reader left the list, or another sender took the message over';

/**
 * Any error as an SmtpError, by its fields rather than its class: a script that reaches this
 * module by two paths (an alias and a relative import) holds two copies of the class.
 */
export function asSmtpError(error: unknown, delivery: SmtpError['delivery'] = 'never'): SmtpError {
  const detail = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: unknown;
    responseCode?: unknown;
    code?: unknown;
    command?: unknown;
    delivery?: unknown;
  };
  return new SmtpError(
    typeof detail.message === 'string' ? detail.message : String(error),
    typeof detail.responseCode === 'number' ? detail.responseCode : undefined,
    typeof detail.code === 'string' ? detail.code : undefined,
    typeof detail.command === 'string' ? detail.command : undefined,
    detail.delivery === 'recorded' || detail.delivery === 'ended' ? detail.delivery : delivery,
  );
}

/** Opens a connection to the relay named by an smtp:// or smtps:// URL, and logs in. */
export async function openSmtpSession(smtpUrl: string): Promise<SmtpSession> {
  const { auth, ...options } = parseConnectionUrl(smtpUrl);
  const connection = new SMTPConnection({
    ...options,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  // A failure to connect arrives as an 'error' event, not through connect's callback; later
  // errors also come back through each call's callback, and unheard, one would crash us.
  await new Promise<void>((resolve, reject) => {
    connection.once('error', (error: unknown) => reject(asSmtpError(error)));
    // A relay that closes before its greeting answers here, not with an 'error' event.
    connection.connect((error?: unknown) => (error ? reject(asSmtpError(error)) : resolve()));
  });
  connection.on('error', () => {});
  if (auth?.user) {
    await new Promise<void>((resolve, reject) =>
      connection.login({ user: auth.user, pass: auth.pass ?? '' }, (error) =>
        error ? reject(asSmtpError(error)) : resolve(),
      ),
    ).catch((error: unknown) => {
      connection.close();
      throw error;
    });
  }

  return {
    send(envelope, message, record) {
      let delivery: SmtpError['delivery'] = 'never';
      let declined = false;
      let pushed = false;
      const body = new Readable({
        read() {
          if (!pushed) {
            pushed = true;
            this.push(message);
            return;
          }
          record(() => {
            delivery = 'recorded';
            // The connection may have failed while the record was made: then the end is never
            // written, and the server drops the message.
            if (this.destroyed) return;
            this.push(null);
            delivery = 'ended';
          }).then(
            (ok) => {
              if (ok) return;
              declined = true;
              this.destroy(new Error(DECLINED));
            },
            (error: unknown) => {
              if (delivery === 'never')
                this.destroy(error instanceof Error ? error : new Error(String(error)));
            },
          );
        },
      });
      return new Promise<SendOutcome>((resolve, reject) => {
        connection.send({ from: envelope.from, to: [envelope.to] }, body, (error) => {
          if (!error) return resolve('sent');
          if (declined) return resolve('declined');
          reject(asSmtpError(error, delivery));
        });
      });
    },
    close: () => connection.close(),
  };
}
