import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSettings, SETTINGS_DOCUMENTATION, SettingsError } from '@/lib/config';

const run = promisify(execFile);

/** Read by the test suite only, never by the site; documented in the same table. */
const TEST_VARIABLES = [
  {
    name: 'TEST_DATABASE_URL',
    fallback: '`postgres://postgres@127.0.0.1:5432/test`, else a private server',
    use: 'The PostgreSQL `npm test` and the benchmark test the newsletter on.',
  },
];

describe('settings', () => {
  it('fall back to their defaults, treating an empty variable as unset', () => {
    expect(parseSettings({ SITE_URL: '', DATABASE_URL: '' })).toEqual({
      SITE_URL: 'http://localhost:3000',
      MAIL_FROM: 'GLOWPOP <hello@glowpop.example>',
      NEWSLETTER_RETRY_INTERVAL_MS: 60_000,
      NEWSLETTER_SEND_PER_MINUTE: 600,
      NEWSLETTER_SEND_CONNECTIONS: 5,
      TRUST_PROXY: 0,
      NEWSLETTER_MAILS_PER_HOUR: 300,
    });
    expect(
      parseSettings({ SITE_URL: 'https://glowpop.com/', NEWSLETTER_RETRY_INTERVAL_MS: '500' }),
    ).toMatchObject({ SITE_URL: 'https://glowpop.com', NEWSLETTER_RETRY_INTERVAL_MS: 500 });
  });

  it('name every bad variable on its own line: what was expected, what was found', () => {
    let error: unknown;
    try {
      parseSettings({
        SITE_URL: 'example.com',
        DATABASE_URL: 'mysql://localhost/list',
        SMTP_URL: 'mail.example.com',
        NEWSLETTER_RETRY_INTERVAL_MS: '1.5',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as SettingsError).lines).toEqual([
      'SITE_URL: expected an absolute http(s) URL, got "example.com"',
      'DATABASE_URL: expected a postgres:// or postgresql:// URL, got "mysql://localhost/list"',
      'SMTP_URL: expected an smtp:// or smtps:// URL, got "mail.example.com"',
      'NEWSLETTER_RETRY_INTERVAL_MS: expected a whole number of milliseconds, got "1.5"',
    ]);
  });

  it('stop a command with that one line, before it does anything', async () => {
    const failure = await run('node', ['--import', 'tsx', 'scripts/content-check.mts'], {
      env: { ...process.env, SITE_URL: 'example.com' },
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe('SITE_URL: expected an absolute http(s) URL, got "example.com"\n');
    expect(failure?.stdout).toBe('');
  });

  it('are each in the README’s configuration table, as the schema describes them', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const rows = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => {
        const [name = '', fallback, use] = line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim());
        return { name: name.replaceAll('`', ''), fallback, use };
      });
    expect(rows).toEqual([...SETTINGS_DOCUMENTATION, ...TEST_VARIABLES]);
  });
});
