/**
 * `npm run newsletter -- <command>`: sending articles to the list.
 *   send <slug> [--subject S] [--intro T] [--full] [--resend] [--rate N] [--connections N]
 *   send <slug> --test you@brand.com | --dry-run | --preview
 *   status [<slug>]
 *   report <slug> --csv [--edition N]
 * Every reader gets each send once, through kills, restarts and senders on several machines;
 * see the README's "Sending the newsletter".
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { findPost, type Post } from '@/lib/content';
import { settingsOrExit } from '@/lib/config';
import { formatDate } from '@/lib/format-date';
import { checkEmailAddress } from '@/lib/newsletter/email-address';
import {
  cleanSubject,
  issueMessage,
  renderIssue,
  type IssueTemplate,
} from '@/lib/newsletter/issue-message';
import { envelopeFrom } from '@/lib/newsletter/mailer';
import { dataDir, describeStore, openNewsletterStore } from '@/lib/newsletter/open-store';
import {
  DEFAULT_SEND_SETTINGS,
  describeRelayFailure,
  SendInterrupted,
  sendIssue,
} from '@/lib/newsletter/send-issue';
import {
  deliveriesCsv,
  doneCount,
  formatProgress,
  formatSummary,
} from '@/lib/newsletter/send-report';
import { asSmtpError, openSmtpSession } from '@/lib/newsletter/smtp-session';
import type { NewsletterStore, SendSummary } from '@/lib/newsletter/store';
import { createToken } from '@/lib/newsletter/tokens';

const settings = settingsOrExit();

const USAGE = `Usage:
  npm run newsletter -- send <slug> [--subject "…"] [--intro "…"] [--full] [--resend]
                                    [--rate <per minute>] [--connections <n>]
  npm run newsletter -- send <slug> --test you@brand.com | --dry-run | --preview
  npm run newsletter -- status [<slug>]
  npm run newsletter -- report <slug> --csv [--edition <n>]`;

function usage(message: string): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(2);
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        subject: { type: 'string' },
        intro: { type: 'string' },
        full: { type: 'boolean' },
        resend: { type: 'boolean' },
        test: { type: 'string' },
        'dry-run': { type: 'boolean' },
        preview: { type: 'boolean' },
        rate: { type: 'string' },
        connections: { type: 'string' },
        csv: { type: 'boolean' },
        edition: { type: 'string' },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
})();

const wholeNumber = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `a whole number of ${what}` })
    .int(`a whole number of ${what}`)
    .min(min, `at least ${min}`)
    .max(max, `at most ${max}`);

/** The options, checked; each problem names its flag, what it expects and what it got. */
const optionsSchema = z.object({
  subject: z
    .string()
    // One header line: line breaks and control characters become spaces, here at the edge.
    .transform(cleanSubject)
    .pipe(
      z
        .string()
        .min(1, 'a subject line')
        .max(150, 'at most 150 characters (most inboxes show the first 60)'),
    )
    .optional(),
  intro: z.string().trim().min(1, 'a few words').max(600, 'at most 600 characters').optional(),
  rate: wholeNumber('emails a minute', 0, 1_000_000).default(settings.NEWSLETTER_SEND_PER_MINUTE),
  connections: wholeNumber('connections', 1, 50).default(settings.NEWSLETTER_SEND_CONNECTIONS),
  edition: wholeNumber('the edition', 1, 1_000_000).optional(),
});

function checkedOptions() {
  const parsed = optionsSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  usage(
    parsed.error.issues
      .map((issue) => {
        const flag = String(issue.path[0]);
        const found = (values as Record<string, unknown>)[flag];
        return `--${flag}: expected ${issue.message}, got ${JSON.stringify(found)}.`;
      })
      .join('\n✗ '),
  );
}

/** The published post with this slug, or a line saying why it cannot be sent. */
async function publishedPost(slug: string): Promise<Post> {
  const found = await findPost(slug);
  if ('problem' in found) fail(found.problem);
  const { post } = found;
  if (post.status === 'draft')
    fail(
      `"${post.title}" is a draft: publish it (remove draft: true) and deploy before sending it.`,
    );
  if (post.status === 'scheduled')
    fail(
      `"${post.title}" is scheduled for ${formatDate(post.date)}: send it once it is published.`,
    );
  return post;
}

const kilobytes = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;

async function writeToOutbox(name: string, content: string): Promise<string> {
  const outbox = path.join(dataDir(), 'outbox');
  await mkdir(outbox, { recursive: true });
  const file = path.join(outbox, name);
  await writeFile(file, content);
  return file;
}

/** Draws the progress line in a terminal; elsewhere (CI, a log) prints it every few seconds. */
function progressPrinter(started: number) {
  let lastLine = 0;
  let startedWith: number | undefined;
  return (summary: SendSummary) => {
    startedWith ??= doneCount(summary);
    const line = formatProgress(summary, Date.now() - started, startedWith);
    if (process.stderr.isTTY) process.stderr.write(`\r${line}\x1b[K`);
    else if (Date.now() - lastLine >= 5_000) {
      lastLine = Date.now();
      console.error(line);
    }
  };
}

async function sendToTest(issue: IssueTemplate, address: string) {
  const check = checkEmailAddress(address);
  if (!check.ok) usage(`--test: ${check.message}`);
  // Not a subscriber: the unsubscribe link in a test message leads nowhere.
  const message = await issueMessage(issue, check.email.address, createToken().token);
  if (!settings.SMTP_URL) {
    const file = await writeToOutbox(`test-${Date.now()}.eml`, message);
    console.log(`SMTP_URL is not set: the test message was written to ${file}`);
    return;
  }
  const session = await openSmtpSession(settings.SMTP_URL).catch((error: unknown) =>
    fail(describeRelayFailure(asSmtpError(error))),
  );
  try {
    await session.send(
      { from: envelopeFrom(), to: check.email.address },
      message,
      // A test message is recorded nowhere: it just ends.
      async (end) => {
        end();
        return true;
      },
    );
  } catch (error) {
    fail(
      `The mail relay refused the test message: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    session.close();
  }
  console.log(`✓ Test sent to ${check.email.address}: "${issue.subject}" (${kilobytes(message)})`);
}

async function send(store: NewsletterStore, slug: string) {
  const options = checkedOptions();
  const post = await publishedPost(slug);
  const modes = [values.test !== undefined, values['dry-run'], values.preview].filter(Boolean);
  if (modes.length > 1) usage('Choose one of --test, --dry-run and --preview.');
  const issueOptions = {
    subject: options.subject ?? null,
    intro: options.intro ?? null,
    full: values.full === true,
    test: values.test !== undefined,
  };

  if (values.preview) {
    const issue = await renderIssue(post, issueOptions);
    const file = await writeToOutbox(`${slug}-preview.html`, issue.html);
    console.log(`Preview of "${issue.subject}": open file://${file}`);
    return;
  }
  if (values.test !== undefined)
    return sendToTest(await renderIssue(post, issueOptions), values.test);
  if (values['dry-run']) {
    const issue = await renderIssue(post, issueOptions);
    const message = await issueMessage(issue, 'reader@example.com', createToken().token);
    const file = await writeToOutbox(`${slug}-dry-run.eml`, message);
    const readers = await store.audience();
    console.log(`Subject:    ${issue.subject}`);
    console.log(
      `Recipients: ${readers.toLocaleString('en-US')} confirmed readers (${describeStore()})`,
    );
    console.log(`Size:       ${kilobytes(message)} each; the message for one reader is in ${file}`);
    console.log('Nothing was sent.');
    return;
  }

  if (!settings.SMTP_URL)
    fail(
      'SMTP_URL is not set: name the mail relay to send through (--dry-run and --preview work without it).',
    );
  const smtpUrl = settings.SMTP_URL;
  const outcome = await store.startSend({
    slug,
    subject: options.subject ?? post.title,
    intro: options.intro ?? null,
    format: values.full ? 'full' : 'excerpt',
    now: new Date(),
    resend: values.resend === true,
  });
  if (outcome.action === 'no-subscribers')
    fail('No confirmed subscribers yet: there is no one to send to.');
  if (outcome.action === 'already-sent') {
    const { send: done } = outcome;
    const last = done.lastSentAt
      ? ` (last on ${done.lastSentAt.toISOString().slice(0, 16).replace('T', ' ')} UTC)`
      : '';
    fail(
      `"${post.title}" was already sent to ${done.counts.sent.toLocaleString('en-US')} readers${last}: ` +
        `${formatSummary(done)}. To send it again to every confirmed reader, add --resend.`,
    );
  }
  const { send: record } = outcome;
  if (outcome.action === 'resumed')
    console.log(
      `Resuming edition ${record.edition} of "${record.subject}", started ${record.createdAt.toISOString()}: ` +
        'its subject, intro and format are kept' +
        (values.resend ? '; --resend applies once it has finished.' : '.'),
    );
  else
    console.log(
      `Sending "${record.subject}" to ${record.recipients.toLocaleString('en-US')} readers, ${options.rate || 'unlimited'} a minute over ${options.connections} connections.`,
    );

  const issue = await renderIssue(post, {
    subject: record.subject,
    intro: record.intro,
    full: record.format === 'full',
    test: false,
  });
  const stop = new AbortController();
  process.once('SIGINT', () => {
    console.error('\nStopping: messages in flight finish, the rest waits for the next run.');
    stop.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  process.once('SIGTERM', () => stop.abort());
  const started = Date.now();
  try {
    const summary = await sendIssue(
      record.id,
      issue,
      {
        store,
        connect: () => openSmtpSession(smtpUrl),
        from: envelopeFrom(),
        worker: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
        onProgress: progressPrinter(started),
        signal: stop.signal,
        log: (line) => console.error(`\n  ${line}`),
      },
      { ...DEFAULT_SEND_SETTINGS, perMinute: options.rate, connections: options.connections },
    );
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(`✓ Done: ${formatSummary(summary)}`);
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (error instanceof SendInterrupted)
      fail(`${error.message} Run the same command again to resume; no reader gets it twice.`);
    throw error;
  }
}

async function status(store: NewsletterStore, slug: string | undefined) {
  const sends = await store.sendSummaries(slug);
  if (sends.length === 0) {
    console.log(slug ? `"${slug}" has not been sent.` : 'Nothing has been sent yet.');
    return;
  }
  for (const summary of sends) {
    console.log(
      `${summary.slug} (edition ${summary.edition}) "${summary.subject}"\n` +
        `  started ${summary.createdAt.toISOString()}, ${summary.finishedAt ? `finished ${summary.finishedAt.toISOString()}` : 'not finished'}\n` +
        `  ${formatSummary(summary)}`,
    );
  }
}

async function report(store: NewsletterStore, slug: string) {
  const options = checkedOptions();
  if (!values.csv) usage('report writes CSV: add --csv.');
  const sends = await store.sendSummaries(slug);
  const chosen =
    options.edition === undefined
      ? sends[0]
      : sends.find((send) => send.edition === options.edition);
  if (!chosen)
    fail(
      sends.length === 0
        ? `"${slug}" has not been sent.`
        : `"${slug}" has no edition ${options.edition}; it has ${sends.map((send) => send.edition).join(', ')}.`,
    );
  const rows = await store.deliveryReport(chosen.id);
  process.stdout.write(deliveriesCsv(rows));
  console.error(
    `${rows.length} deliveries of ${slug} (edition ${chosen.edition}) from ${describeStore()}`,
  );
}

const [command, slug, ...extra] = positionals;
if (extra.length > 0) usage(`Unexpected: ${extra.join(' ')}`);
if (command !== 'send' && command !== 'status' && command !== 'report')
  usage(command ? `Unknown command "${command}".` : 'Name a command.');
if (command !== 'status' && !slug)
  usage(`Name the article: npm run newsletter -- ${command} <slug>`);

// The sender's commits need not wait for the disk: see openNewsletterStore.
const store = await openNewsletterStore({ waitForDisk: false }).catch((error: unknown) =>
  fail(
    `The newsletter database cannot be opened (${describeStore()}): ${error instanceof Error ? error.message : String(error)}`,
  ),
);
try {
  if (command === 'send') await send(store, slug ?? '');
  else if (command === 'status') await status(store, slug);
  else await report(store, slug ?? '');
} finally {
  await store.close();
}
