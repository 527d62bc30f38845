/**
 * Requests per second and latency for one article page, served three ways in the same run:
 * the production server (`npm start`) directly, the production recipe (nginx in front,
 * deploy/nginx-glowpop.conf), and a bare in-memory static server holding the same prerendered
 * HTML, the physical limit.
 */
import path from 'node:path';
import autocannon from 'autocannon';
import { startNginxRecipe } from '../tests/support/nginx-recipe';
import { freePort, siteServerCommand, startServer, type Server } from './support/processes';

export type ServingResult = {
  server: 'npm start' | 'nginx + npm start' | 'static file (in memory)';
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
    startServer(...siteServerCommand(nextPort), {
      url: `http://127.0.0.1:${nextPort}`,
      env: { NEXT_DIST_DIR: distDir },
    }),
    async (next) => {
      results.push({ server: 'npm start', ...(await load(next.url + page, seconds)) });

      await withServer(startNginxRecipe(distDir, nextPort), async (nginx) => {
        results.push({
          server: 'nginx + npm start',
          ...(await load(nginx.url + page, seconds)),
        });
      });
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
