import { issueMessage, type IssueTemplate } from './issue-message';
import { redactAddress, redactForLog } from './redact';
import { asSmtpError, type SendOutcome, type SmtpError, type SmtpSession } from './smtp-session';
import type { ClaimedDelivery, SendStore, SendSummary } from './store';
import { createToken } from './tokens';

export type SendIssueSettings = {
  /** Connections to the relay, each sending one message at a time. */
  connections: number;
  /** Messages a minute for the whole send; 0 for as fast as the relay takes them. */
  perMinute: number;
  /**
   * How long a claim holds: a killed sender's readers wait this long for another sender. A claim
   * that runs out under a slow holder costs no double: once another sender has taken the
   * delivery over, the first can neither record it as sent (it abandons the message before the
   * server accepts it) nor change its outcome.
   */
  leaseMs: number;
  /** Waits before each retry of a temporary failure; when they run out, the delivery fails. */
  retryDelaysMs: readonly number[];
  /** Deliveries claimed at once by each connection, fewer when the rate would outlast the lease. */
  batch: number;
};

export const DEFAULT_SEND_SETTINGS: Omit<SendIssueSettings, 'connections' | 'perMinute'> = {
  leaseMs: 10_000,
  retryDelaysMs: [5_000, 30_000, 120_000, 300_000],
  batch: 10,
};

export type SendIssueDeps = {
  store: SendStore;
  /** Opens one connection to the relay; rejects with an SmtpError when it cannot. */
  connect: () => Promise<SmtpSession>;
  /** The envelope's sender. */
  from: string;
  /** This process's name in claims (unique among senders that may run at once); each of its
   * connections claims as `<worker>/<n>`. */
  worker: string;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  /** Called about once a second with the send's figures, for the progress bar. */
  onProgress?: (summary: SendSummary) => void;
  /** Set to stop cleanly: messages in flight finish, the rest is handed back. */
  signal?: AbortSignal;
};

/** Why a run stopped before the send was done; the send can be resumed. */
export class SendInterrupted extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SendInterrupted';
  }
}

/** Connection attempts before the relay is called down. */
const CONNECT_ATTEMPTS = 3;
const PROGRESS_EVERY_MS = 1_000;

/** One line on why the relay could not be used, with what to check. */
export function describeRelayFailure(error: SmtpError): string {
  if (error.code === 'EAUTH')
    return `The mail relay refused the login (${error.message}). Check the user and password in SMTP_URL.`;
  if (error.permanent)
    return `The mail relay refused to send (${error.message}). Check MAIL_FROM and what the relay allows this account to send.`;
  return `The mail relay cannot be reached (${error.code ?? 'error'}: ${error.message}).`;
}

/**
 * Delivers one send to every reader it still has to reach, over `connections` connections at
 * `perMinute` messages a minute; returns the send's figures once nothing is left to do. Each
 * delivery is claimed, recorded as sent just before the server accepts it, and retried or given
 * up on by what the server said. Throws SendInterrupted when the relay is down or the run is
 * stopped: what was claimed is handed back, and running again resumes.
 */
export async function sendIssue(
  sendId: number,
  issue: IssueTemplate,
  deps: SendIssueDeps,
  settings: SendIssueSettings,
): Promise<SendSummary> {
  const now = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  /** Why the run must stop: the relay is down or refuses us, or the database failed. */
  let relayDown: SmtpError | undefined;
  let storeFailure: unknown;
  const stopped = () =>
    deps.signal?.aborted === true || relayDown !== undefined || storeFailure !== undefined;

  // Messages a minute, shared by every connection: each takes the next free slot.
  const interval = settings.perMinute > 0 ? 60_000 / settings.perMinute : 0;
  let nextSlot = 0;
  async function pace() {
    if (interval === 0) return;
    const slot = Math.max(Date.now(), nextSlot);
    nextSlot = slot + interval;
    if (slot > Date.now()) await sleep(slot - Date.now());
  }

  let lastProgress = 0;
  async function progress(force = false) {
    if (!deps.onProgress || (!force && Date.now() - lastProgress < PROGRESS_EVERY_MS)) return;
    lastProgress = Date.now();
    deps.onProgress(await deps.store.sendSummary(sendId));
  }

  async function connect(): Promise<SmtpSession | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await deps.connect();
      } catch (error) {
        const failure = asSmtpError(error);
        // A refused login will be refused again; a relay that does not answer may come back.
        if (failure.code === 'EAUTH' || attempt >= CONNECT_ATTEMPTS || stopped()) {
          relayDown ??= failure;
          return undefined;
        }
        await sleep(1_000 * 2 ** (attempt - 1));
      }
    }
  }

  /** A temporary failure: retried later, or failed once the retries have run out. */
  async function retryOrFail(delivery: ClaimedDelivery, worker: string, reason: string) {
    const delay = settings.retryDelaysMs[delivery.attempts];
    if (delay === undefined)
      await deps.store.endDelivery(delivery.id, worker, 'failed', reason, now());
    else
      await deps.store.retryDelivery(
        delivery.id,
        worker,
        reason,
        new Date(now().getTime() + delay),
      );
  }

  async function deliver(
    delivery: ClaimedDelivery,
    session: SmtpSession,
    worker: string,
  ): Promise<boolean> {
    const link = createToken();
    const message = await issueMessage(issue, delivery.email, link.token);
    const who = redactAddress(delivery.email);
    // Settles once the record does, with its error if it failed: the database's, not the relay's.
    let recordFailure: Promise<{ error: unknown } | undefined> = Promise.resolve(undefined);
    const record = (end: () => void) => {
      const recorded = deps.store.markDeliverySent(delivery.id, worker, link.hash, now(), end);
      recordFailure = recorded.then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      return recorded;
    };
    let outcome: SendOutcome;
    try {
      outcome = await session.send({ from: deps.from, to: delivery.email }, message, record);
    } catch (error) {
      // The database failed: the connection loop stops the whole send.
      const failed = await recordFailure;
      if (failed) throw failed.error;
      const failure = asSmtpError(error);
      const reason = redactForLog(failure.message);
      if (failure.addressRefused) {
        await deps.store.endDelivery(delivery.id, worker, 'bounced', reason, now());
        deps.log?.(`${who}: refused for good (${reason}); not sent to again`);
      } else if (failure.permanent) {
        // The relay refuses the sender or the message itself: every reader would be refused
        // alike, and none of them is to blame. Stop, and say why.
        relayDown ??= failure;
        await deps.store.retryDelivery(delivery.id, worker, reason, now());
      } else if (failure.delivery === 'ended' && failure.responseCode === undefined) {
        // The connection broke as the message ended, perhaps after the server took it: sending
        // it again could give the reader two. It stays recorded as sent.
        deps.log?.(`${who}: the connection broke as the message ended; it counts as sent`);
      } else {
        await retryOrFail(delivery, worker, reason);
      }
      return false;
    }
    // The server may answer before the database does.
    const failed = await recordFailure;
    if (failed) {
      // Ended, but its commit failed: if the commit never reached the database, the delivery is
      // handed back when the send stops, and a resume sends it once more.
      deps.log?.(`${who}: sent, but the database failed as it recorded it`);
      throw failed.error;
    }
    // Abandoned mid-message, the connection cannot carry another: the caller opens a new one.
    return outcome === 'sent';
  }

  // A batch is claimed only as large as one connection sends in half a lease at this rate.
  const perConnectionPerLease =
    interval === 0 ? Infinity : (settings.leaseMs / 2 / interval) * (1 / settings.connections);
  const batchSize = Math.max(1, Math.min(settings.batch, Math.floor(perConnectionPerLease)));
  const workers = Array.from({ length: settings.connections }, (_, n) => `${deps.worker}/${n}`);

  /** One connection's loop: claim a few, send them, until nothing is due. */
  async function connectionLoop(worker: string) {
    let session: SmtpSession | undefined;
    try {
      while (!stopped()) {
        const batch = await deps.store.claimDeliveries(sendId, {
          worker,
          now: now(),
          leaseUntil: new Date(now().getTime() + settings.leaseMs),
          limit: batchSize,
        });
        if (batch.length === 0) return;
        for (const delivery of batch) {
          if (stopped()) break;
          session ??= await connect();
          if (!session) break;
          await pace();
          if (!(await deliver(delivery, session, worker))) {
            session.close();
            session = undefined;
          }
          await progress();
        }
      }
    } catch (error) {
      // The database failed: the other connections stop too, and what they hold is handed back.
      storeFailure ??= error;
    } finally {
      session?.close();
    }
  }

  for (;;) {
    await Promise.all(workers.map(connectionLoop));
    if (stopped()) {
      for (const worker of workers)
        await deps.store.releaseClaims(sendId, worker).catch(() => {
          // The database is what failed: the claims run out by themselves after the lease.
        });
      if (storeFailure !== undefined) {
        const reason = storeFailure instanceof Error ? storeFailure.message : String(storeFailure);
        throw new SendInterrupted(`The newsletter database failed (${reason}).`);
      }
      await progress(true);
      if (relayDown) throw new SendInterrupted(describeRelayFailure(relayDown));
      throw new SendInterrupted('Stopped.');
    }
    const summary = await deps.store.finishSend(sendId, now());
    deps.onProgress?.(summary);
    if (summary.counts.pending + summary.counts.claimed === 0) return summary;
    // Retries not due yet, or readers another sender holds: wait for whichever comes first.
    const next = await deps.store.nextWorkAt(sendId);
    const wait = next ? next.getTime() - now().getTime() : PROGRESS_EVERY_MS;
    await sleep(Math.min(Math.max(wait, 50), PROGRESS_EVERY_MS));
  }
}
