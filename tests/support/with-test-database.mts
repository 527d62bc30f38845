/**
 * Runs a command (`npm test`'s steps) with TEST_DATABASE_URL pointing at a PostgreSQL that
 * answers: the one given, else the shared one developers and CI have, else a private server
 * started here from Debian's PostgreSQL binaries in a temporary folder and stopped at the end.
 * So the PostgreSQL suites never drop out silently on a fresh machine; the run says which
 * stores it tested, first and last.
 */
import { spawn } from 'node:child_process';
import { startPrivatePostgres } from './private-postgres';
import { answers, SHARED_TEST_DATABASE_URL } from './test-database';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: with-test-database.mts <command> [args…]');
  process.exit(2);
}

const given = process.env.TEST_DATABASE_URL || SHARED_TEST_DATABASE_URL;
const where = (url: string) => new URL(url).host;
let privateServer: Awaited<ReturnType<typeof startPrivatePostgres>> | undefined;
let url = given;
let stores: string;
if (await answers(given)) {
  stores = `SQLite and PostgreSQL (${where(given)})`;
} else {
  console.log(`No PostgreSQL answers at ${where(given)}: starting a private one for this run…`);
  privateServer = await startPrivatePostgres();
  url = privateServer.url;
  stores = `SQLite and PostgreSQL (a private server at ${where(url)}, since none answered at ${where(given)})`;
}
console.log(`Newsletter stores under test: ${stores}.`);

const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: url },
});
const code = await new Promise<number>((resolve) => {
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
await privateServer?.remove();
console.log(`Newsletter stores tested: ${stores}.`);
process.exit(code);
