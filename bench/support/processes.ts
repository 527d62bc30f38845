/**
 * Processes for the benchmark: servers started in their own process group (stopped as a group,
 * never by name) and commands timed with the peak memory of their whole process tree.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export type Server = {
  url: string;
  stop: () => Promise<void>;
  /** SIGKILL to the whole group, as a crash or an OOM kill would: nothing gets to clean up. */
  kill: () => Promise<void>;
  /** Resident memory of the server's whole process group now, in bytes. */
  rssBytes: () => number;
};

/** Listens on `port` (0: any) on loopback and lets go again; answers the port it had. */
function tryPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * The last port of the range handed out: the next call starts after it, so two ports asked for
 * before either server listens are never the same.
 */
let lastPortInRange: number | undefined;

/**
 * A free TCP port on loopback: any the system has, or with BENCH_PORTS=3400-3499 one in that
 * range (on a machine shared with other servers whose ports must stay clear).
 */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? '');
  if (!range) return tryPort(0);
  const [first, last] = [Number(range[1]), Number(range[2])];
  for (let tried = 0; tried <= last - first; tried++) {
    const port =
      lastPortInRange === undefined || lastPortInRange >= last ? first : lastPortInRange + 1;
    lastPortInRange = port;
    try {
      return await tryPort(port);
    } catch {
      // Taken: the next one.
    }
  }
  throw new Error(`No free port in BENCH_PORTS=${process.env.BENCH_PORTS}`);
}

/** Resolves once `url` answers at all (any status), or rejects after `timeoutMs`. */
export async function waitForUrl(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000).unref();
  });
}

/** Starts `command` as a server in its own process group and waits until `url` answers. */
export async function startServer(
  command: string,
  args: string[],
  {
    url,
    env = {},
    readyPath = '/',
    onOutput,
  }: {
    url: string;
    env?: Record<string, string>;
    readyPath?: string;
    /** Receives everything the server prints, stdout and stderr. */
    onOutput?: (text: string) => void;
  },
): Promise<Server> {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', onOutput ? 'pipe' : 'ignore', 'pipe'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => onOutput?.(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    onOutput?.(chunk.toString());
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${stderr}`)),
    ),
  );
  await Promise.race([waitForUrl(url + readyPath), exited]);
  return {
    url,
    stop: () => stopGroup(child),
    kill: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.pid === undefined) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid, 'SIGKILL');
      }),
    rssBytes: () => (child.pid === undefined ? 0 : groupRss(child.pid)),
  };
}

/**
 * The production server (`npm start`, scripts/start-server.mts) on loopback at `port`: what
 * readers are served by, so what the benchmarks and tests run. Started straight from node,
 * not through npm, so stopping its process group stops the server itself.
 */
export function siteServerCommand(port: number): [string, string[]] {
  return [
    'node',
    [
      '--import',
      'tsx',
      'scripts/start-server.mts',
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
  ];
}

/**
 * The production server of the build in `distDir` on a free loopback port, with `env` (given the site's
 * origin, for SITE_URL and the like): the site as its benchmarks serve it.
 */
export async function startSite(
  distDir: string,
  env: (origin: string) => Record<string, string>,
): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  return startServer(...siteServerCommand(port), {
    url: origin,
    env: { NEXT_DIST_DIR: distDir, ...env(origin) },
  });
}

/** Resident memory (bytes) of every process in the group, summed. */
function groupRss(pgid: number): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '-g', String(pgid)], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((kib) => Number.isFinite(kib))
      .reduce((sum, kib) => sum + kib * 1024, 0);
  } catch {
    return 0;
  }
}

export type Measured = { wallMs: number; peakRssBytes: number; output: string };

/**
 * Runs `command` to completion and reports its wall time and the peak of the memory its whole
 * process tree held at once (sampled every 100 ms: Next builds in several worker processes).
 */
export function measureCommand(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let peakRssBytes = 0;
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, groupRss(child.pid));
    }, 100);
    child.once('exit', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      if (code === 0) resolve({ wallMs, peakRssBytes, output });
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`));
    });
  });
}
