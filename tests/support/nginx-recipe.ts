import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, startServer, type Server } from '../../bench/support/processes';

/**
 * The host names the recipe serves in tests (the bare loopback address, so tools can use the
 * URL as it is); any other Host gets no answer.
 */
const SITE_HOSTS = '127.0.0.1 glowpop.test';

/** The recipe with this run's ports, folders and host name put in for its marked values. */
function nginxConfig(distDir: string, upstreamPort: number, port: number, work: string): string {
  const site = readFileSync('deploy/nginx-glowpop.conf', 'utf8')
    .replace(/^proxy_cache_path \S+/m, `proxy_cache_path ${path.join(work, 'cache')}`)
    .replace(/server 127\.0\.0\.1:\d+; # upstream/, `server 127.0.0.1:${upstreamPort};`)
    .replace(/listen \d+ default_server; # listen/, `listen 127.0.0.1:${port} default_server;`)
    .replace(/listen \d+; # listen/, `listen 127.0.0.1:${port};`)
    .replace(/server_name [^;]+; # server name/, `server_name ${SITE_HOSTS};`)
    .replace(/alias \S+; # static root/, `alias ${path.resolve(distDir, 'static')}/;`);
  return [
    'worker_processes auto;',
    `pid ${path.join(work, 'nginx.pid')};`,
    `error_log ${path.join(work, 'error.log')} warn;`,
    // Root starts the tests in CI; nginx would otherwise switch to an unprivileged user.
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

/**
 * Debian's nginx running deploy/nginx-glowpop.conf in front of a production server on
 * `upstreamPort` (serving the build in `distDir`), in a folder of its own, on a free port.
 */
export async function startNginxRecipe(distDir: string, upstreamPort: number): Promise<Server> {
  const work = path.join(tmpdir(), `glowpop-nginx-${process.pid}-${upstreamPort}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const port = await freePort();
  const config = path.join(work, 'nginx.conf');
  writeFileSync(config, nginxConfig(distDir, upstreamPort, port, work));
  const nginx = await startServer('nginx', ['-c', config, '-g', 'daemon off;'], {
    url: `http://127.0.0.1:${port}`,
  });
  return {
    ...nginx,
    async stop() {
      await nginx.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
