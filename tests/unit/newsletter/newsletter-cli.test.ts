import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStoreOn } from '@/lib/newsletter/open-store';
import { openSqliteDatabase } from '@/lib/newsletter/store-database';
import { startSmtpInbox } from '../../support/smtp-inbox';
import { at, signup } from './signup-fixture';

const run = promisify(execFile);
const CLI_TIMEOUT = 60_000;

/** `npm run newsletter -- …` on its own SQLite list; rejects with stdout/stderr/code on failure. */
function newsletter(dataDir: string, smtpUrl: string | undefined, ...args: string[]) {
  return run('npm', ['run', '--silent', 'newsletter', '--', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: smtpUrl ?? '' },
  });
}

async function listOf(confirmed: string[]) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-newsletter-'));
  const store = await openStoreOn(openSqliteDatabase(path.join(dataDir, 'newsletter.sqlite')));
  for (const address of confirmed) {
    const { request, confirm } = signup(address, at(0));
    await store.subscribe(request);
    await store.confirm(confirm.hash, at(0.5));
  }
  await store.close();
  return dataDir;
}

describe('npm run newsletter', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await listOf(['ada@example.com', 'bo@example.com', 'cy@example.com']);
  });

  it(
    'previews, dry-runs and test-sends without touching the list',
    async () => {
      const inbox = await startSmtpInbox();
      try {
        const preview = await newsletter(
          dataDir,
          inbox.url,
          'send',
          'the-gut-skin-axis',
          '--preview',
        );
        const previewFile = /file:\/\/(\S+)/.exec(preview.stdout)?.[1] ?? '';
        expect(readFileSync(previewFile, 'utf8')).toContain('The Gut-Skin Axis');

        const dryRun = await newsletter(
          dataDir,
          inbox.url,
          'send',
          'the-gut-skin-axis',
          '--dry-run',
          '--subject',
          'Your gut, your glow',
        );
        expect(dryRun.stdout).toMatch(/Subject: +Your gut, your glow/);
        expect(dryRun.stdout).toMatch(/Recipients: 3 confirmed readers/);
        expect(dryRun.stdout).toMatch(/Size: +\d+\.\d KB each/);
        expect(existsSync(path.join(dataDir, 'outbox', 'the-gut-skin-axis-dry-run.eml'))).toBe(
          true,
        );

        const test = await newsletter(
          dataDir,
          inbox.url,
          'send',
          'the-gut-skin-axis',
          '--test',
          'me@brand.example',
        );
        expect(test.stdout).toContain('✓ Test sent to me@brand.example');
        expect(inbox.received.map((mail) => mail.to)).toEqual([['me@brand.example']]);
        expect(inbox.received[0]?.parsed.subject).toMatch(/^\[Test\] /);
        expect((await newsletter(dataDir, inbox.url, 'status')).stdout).toContain(
          'Nothing has been sent yet.',
        );
      } finally {
        await inbox.close();
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'sends to every confirmed reader once, reports it, and refuses a second send without --resend',
    async () => {
      const inbox = await startSmtpInbox();
      try {
        const sent = await newsletter(
          dataDir,
          inbox.url,
          'send',
          'the-gut-skin-axis',
          '--intro',
          'Hello from the team!',
        );
        expect(sent.stdout).toContain('✓ Done: 3 sent, 0 bounced, 0 failed');
        expect(inbox.received.map((mail) => mail.to[0]).sort()).toEqual([
          'ada@example.com',
          'bo@example.com',
          'cy@example.com',
        ]);
        expect(inbox.received[0]?.parsed.text).toContain('Hello from the team!');

        await expect(
          newsletter(dataDir, inbox.url, 'send', 'the-gut-skin-axis'),
        ).rejects.toMatchObject({
          code: 1,
          stderr: expect.stringMatching(
            /was already sent to 3 readers \(last on .+ UTC\): 3 sent, 0 bounced, 0 failed.*add --resend\./,
          ),
        });
        expect(inbox.received).toHaveLength(3);

        const status = await newsletter(dataDir, inbox.url, 'status', 'the-gut-skin-axis');
        expect(status.stdout).toMatch(/the-gut-skin-axis \(edition 1\)/);
        expect(status.stdout).toContain('3 sent, 0 bounced, 0 failed, 0 skipped');

        const report = await newsletter(dataDir, inbox.url, 'report', 'the-gut-skin-axis', '--csv');
        const lines = report.stdout.trim().split('\r\n');
        expect(lines[0]).toBe('email,status,attempts,sent_at,last_error');
        expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
          'ada@example.com,sent',
          'bo@example.com,sent',
          'cy@example.com,sent',
        ]);
      } finally {
        await inbox.close();
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'answers bad input with one clear line and a non-zero exit',
    async () => {
      const refusal = (
        args: string[],
        smtpUrl: string | undefined,
        code: number,
        stderr: RegExp,
        list = dataDir,
      ) =>
        expect(newsletter(list, smtpUrl, ...args)).rejects.toMatchObject({
          code,
          stderr: expect.stringMatching(stderr),
        });
      const smtp = 'smtp://127.0.0.1:9?ignoreTLS=true';
      await refusal(
        ['send', 'no-such-post'],
        smtp,
        1,
        /No post has the slug "no-such-post"\. Posts: /,
      );
      await refusal(['send', 'summer-flavour-lineup'], smtp, 1, /is a draft: publish it/);
      await refusal(
        ['send', 'the-gut-skin-axis', '--rate', 'fast'],
        smtp,
        2,
        /--rate: expected a whole number of emails a minute, got "fast"\./,
      );
      await refusal(['send', 'what-are-prebiotics'], undefined, 1, /SMTP_URL is not set/);
      await refusal(
        ['send', 'what-are-prebiotics', '--dry-run', '--preview'],
        smtp,
        2,
        /Choose one of --test, --dry-run and --preview/,
      );

      const empty = await listOf([]);
      await refusal(
        ['send', 'what-are-prebiotics'],
        smtp,
        1,
        /No confirmed subscribers yet/,
        empty,
      );
      expect((await newsletter(empty, smtp, 'status')).stdout).toContain(
        'Nothing has been sent yet.',
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'a relay that is down or refuses the login stops the send, which the next run resumes',
    async () => {
      const list = await listOf(['ada@example.com', 'bo@example.com']);
      const down = await startSmtpInbox();
      await down.close();
      await expect(newsletter(list, down.url, 'send', 'what-are-prebiotics')).rejects.toMatchObject(
        {
          code: 1,
          stderr: expect.stringMatching(
            /The mail relay cannot be reached \(ESOCKET: connect ECONNREFUSED.*\)\. Run the same command again to resume; no reader gets it twice\./,
          ),
        },
      );

      const locked = new SMTPServer({
        allowInsecureAuth: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')),
      });
      await new Promise<void>((resolve) => locked.listen(0, '127.0.0.1', resolve));
      const { port } = locked.server.address() as AddressInfo;
      try {
        await expect(
          newsletter(
            list,
            `smtp://glowpop:wrong@127.0.0.1:${port}?ignoreTLS=true`,
            'send',
            'what-are-prebiotics',
          ),
        ).rejects.toMatchObject({
          code: 1,
          stderr: expect.stringMatching(
            /The mail relay refused the login .*Check the user and password in SMTP_URL\./,
          ),
        });
      } finally {
        await new Promise<void>((resolve) => locked.close(() => resolve()));
      }

      const inbox = await startSmtpInbox();
      try {
        const resumed = await newsletter(list, inbox.url, 'send', 'what-are-prebiotics');
        expect(resumed.stdout).toContain('Resuming edition 1');
        expect(resumed.stdout).toContain('✓ Done: 2 sent');
        expect(inbox.received).toHaveLength(2);
      } finally {
        await inbox.close();
      }
    },
    CLI_TIMEOUT,
  );
});
