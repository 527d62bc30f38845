import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkEmailAddress } from '@/lib/newsletter/email-address';
import { openStoreOn } from '@/lib/newsletter/open-store';
import { openSqliteDatabase } from '@/lib/newsletter/store-database';
import { subscribersCsv } from '@/lib/newsletter/subscribers-csv';
import { createToken } from '@/lib/newsletter/tokens';

const run = promisify(execFile);

describe('subscribersCsv', () => {
  it('quotes commas, quotes and newlines, and defuses spreadsheet formulas', () => {
    const csv = subscribersCsv([
      {
        email: 'a@example.com',
        status: 'confirmed',
        createdAt: new Date('2025-01-02T03:04:05Z'),
        confirmedAt: new Date('2025-01-02T04:00:00Z'),
        unsubscribedAt: null,
        resubscribedAt: null,
        bouncedAt: null,
        sourcePath: '/blog/a,b',
        landingPath: '/',
        referrerHost: 'l.instagram.com',
        utm: { utm_source: '=HYPERLINK("x")', utm_campaign: 'say "hi"\nthere' },
        consentAt: new Date('2025-01-02T03:04:05Z'),
        consentForm: 'footer',
        consentTextVersion: '2025-01',
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      'a@example.com,confirmed,2025-01-02T03:04:05.000Z,2025-01-02T04:00:00.000Z,,,,"/blog/a,b",/,l.instagram.com,' +
        `"'=HYPERLINK(""x"")",,"say ""hi""\nthere",,,2025-01-02T03:04:05.000Z,footer,2025-01`,
    );
  });
});

describe('npm run subscribers -- export', () => {
  it('prints the configured store as CSV, filtered by status and date', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'glowpop-data-'));
    const store = await openStoreOn(openSqliteDatabase(path.join(dataDir, 'newsletter.sqlite')));
    for (const [address, day] of [
      ['early@example.com', '2024-12-01'],
      ['late@example.com', '2025-02-01'],
    ] as const) {
      const check = checkEmailAddress(address);
      if (!check.ok) throw new Error(check.message);
      const now = new Date(`${day}T12:00:00Z`);
      const confirm = createToken();
      await store.subscribe({
        email: check.email,
        source: { path: '/', utm: {} },
        consent: { at: now, form: 'footer', textVersion: '2025-01' },
        confirmTokenHash: confirm.hash,
        unsubscribeTokenHash: createToken().hash,
        confirmExpiresAt: new Date(now.getTime() + 3_600_000),
        now,
        resendIfSentBefore: now,
        confirmation: { message: 'Subject: confirm\r\n\r\nbody', dueAt: now },
        limits: {
          windowStart: now,
          ip: { key: 'ip:203.0.113.1', max: 10 },
          address: { key: `email:${address}`, max: 10 },
          siteMails: 10,
        },
      });
      if (address === 'late@example.com') await store.confirm(confirm.hash, now);
    }
    await store.close();

    const exportCsv = async (...args: string[]) =>
      (
        await run('npm', ['run', '--silent', 'subscribers', '--', 'export', ...args], {
          env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
        })
      ).stdout;
    const emails = (csv: string) =>
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(',')[0]);

    expect(emails(await exportCsv())).toEqual(['early@example.com', 'late@example.com']);
    expect(emails(await exportCsv('--status', 'confirmed'))).toEqual(['late@example.com']);
    expect(emails(await exportCsv('--since', '2025-01-01'))).toEqual(['late@example.com']);
    await expect(exportCsv('--since', 'yesterday')).rejects.toMatchObject({
      stderr: expect.stringContaining('--since: expected a date as YYYY-MM-DD, got "yesterday".'),
    });
  }, 30_000);
});
