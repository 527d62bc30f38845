import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `npm run newsletter`'s own command line (its node flags included), without npm around it. */
const newsletterCommand = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
).scripts.newsletter?.split(' ') ?? ['node', '--import', 'tsx', 'scripts/newsletter.mts'];

/**
 * `npm run newsletter -- send <slug> --rate 0` in a process group of its own, as a terminal
 * would start it, so a test or the benchmark can SIGKILL it alone.
 */
export function startNewsletterSender(slug: string, env: Record<string, string>): ChildProcess {
  const [command = 'node', ...args] = newsletterCommand;
  const child = spawn(command, [...args, 'send', slug, '--rate', '0'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/** Resolves with the process's exit code once it has exited (null when killed by a signal). */
export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve(child.exitCode)
      : child.once('exit', (code) => resolve(code)),
  );

/** Waits until `condition` holds, checking every few milliseconds; throws after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
