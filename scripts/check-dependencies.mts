/**
 * CI's dependency gate: no high or critical advisory in what production installs
 * (`npm audit --omit=dev`), and Next.js on the newest 16.x the registry has.
 * Where the registry does not serve the advisory database, it says so plainly: that part was
 * not checked, which is not the same as passing.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);
let failed = false;

type AuditReport = {
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { code?: string; summary?: string };
  message?: string;
};

async function audit() {
  // npm audit exits non-zero when it finds advisories; its JSON says what it found either way.
  const output = await run('npm', ['audit', '--omit=dev', '--json'], { maxBuffer: 64 << 20 }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  let report: AuditReport;
  try {
    report = JSON.parse(output) as AuditReport;
  } catch {
    report = {};
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.error?.summary || report.message || 'no report';
    console.log(
      `⚠ npm audit --omit=dev: NOT CHECKED: the registry answered "${reason.split(' - ')[0]}" (it does not serve the advisory database)`,
    );
    return;
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  const summary = Object.entries(counts)
    .map(([level, count]) => `${count} ${level}`)
    .join(', ');
  console.log(`${serious === 0 ? '✓' : '✗'} npm audit --omit=dev: ${summary}`);
  if (serious > 0) failed = true;
}

async function newestNext() {
  const installed = (
    JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }
  ).version;
  const { stdout } = await run('npm', ['view', 'next@16', 'version', '--json']);
  const published: unknown = JSON.parse(stdout);
  const versions = (Array.isArray(published) ? published : [published]).filter(
    (version): version is string => typeof version === 'string' && /^16\.\d+\.\d+$/.test(version),
  );
  const newest = versions.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1);
  const current = installed === newest;
  console.log(
    `${current ? '✓' : '✗'} next ${installed} installed; the newest 16.x release is ${newest ?? 'unknown'}`,
  );
  if (!current) failed = true;
}

await audit();
await newestNext();
if (failed) process.exitCode = 1;
