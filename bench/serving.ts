/**
 * Requests per second and latency for one article page, served three ways in the same run:
 * `next start` directly, the production recipe (nginx in front, deploy/nginx-glowpop.conf), and
 * a bare in-memory static server holding the same prerendered HTML, the physical limit.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, startServer, type Server } from './support/processes';

export type ServingResult = {
  server: 'next start' | 'nginx + next start' | 'static file (in memory)';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
};

async function load(url: string, seconds: number): Promise<Omit<ServingResult, 'server'>> {
  // A short warm-up first: caches, JIT and keep-alive connections settle before the count.
  await autocannon({ url, connections: 50, duration: 1 });
  const result = await autocannon({ url, connections: 50, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** The recipe with the bench's ports and folders put in for the three marked values. */
function nginxConfig(distDir: string, upstreamPort: number, port: number, work: string): string {
  const site = readFileSync('deploy/nginx-glowpop.conf', 'utf8')
    .replace(/^proxy_cache_path \S+/m, `proxy_cache_path ${path.join(work, 'cache')}`)
    .replace(/server 127\.0\.0\.1:\d+; # upstream/, `server 127.0.0.1:${upstreamPort};`)
    .replace(/listen \d+; # listen/, `listen 127.0.0.1:${port};`)
    .replace(/alias \S+; # static root/, `alias ${path.resolve(distDir, 'static')}/;`);
  return [
    'worker_processes auto;',
    `pid ${path.join(work, 'nginx.pid')};`,
    `error_log ${path.join(work, 'error.log')} warn;`,
    // Root starts the bench in CI; nginx would otherwise switch to an unprivileged user.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    `  client_body_temp_path ${path.join(work, 'body')};`,
    `  proxy_temp_path ${path.join(work, 'proxy')};`,
    `  fastcgi_temp_path ${path.join(work, 'fastcgi')};`,
    `  uwsgi_temp_path ${path.join(work, 'uwsgi')};`,
    `  scgi_temp_path ${path.join(work, 'scgi')};`,
    '  include /etc/nginx/mime.types;',
    site,
    '}',
  ].join('\n');
}

async function withServer<T>(start: Promise<Server>, measure: (server: Server) => Promise<T>) {
  const server = await start;
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

export async function measureServing(
  distDir: string,
  page: string,
  seconds: number,
): Promise<ServingResult[]> {
  const results: ServingResult[] = [];
  const nextPort = await freePort();
  await withServer(
    startServer('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(nextPort)], {
      url: `http://127.0.0.1:${nextPort}`,
      env: { NEXT_DIST_DIR: distDir },
    }),
    async (next) => {
      results.push({ server: 'next start', ...(await load(next.url + page, seconds)) });

      const work = path.join(tmpdir(), `glowpop-bench-nginx-${process.pid}`);
      rmSync(work, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      const nginxPort = await freePort();
      const config = path.join(work, 'nginx.conf');
      writeFileSync(config, nginxConfig(distDir, nextPort, nginxPort, work));
      try {
        await withServer(
          startServer('nginx', ['-c', config, '-g', 'daemon off;'], {
            url: `http://127.0.0.1:${nginxPort}`,
          }),
          async (nginx) => {
            results.push({
              server: 'nginx + next start',
              ...(await load(nginx.url + page, seconds)),
            });
          },
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );

  const staticPort = await freePort();
  const html = path.join(distDir, 'server', 'app', `${page.replace(/^\//, '')}.html`);
  await withServer(
    startServer(
      'node',
      ['--import', 'tsx', 'bench/support/static-server.mts', html, String(staticPort)],
      {
        url: `http://127.0.0.1:${staticPort}`,
      },
    ),
    async (bare) => {
      results.push({
        server: 'static file (in memory)',
        ...(await load(bare.url + page, seconds)),
      });
    },
  );
  return results;
}
