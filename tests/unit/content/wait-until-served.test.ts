import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { waitUntilServed } from '@/lib/content';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A dev server that drops the first connections (as while recompiling), then 404s, then serves. */
async function flakyServer(): Promise<{ origin: string; requests: () => number }> {
  let requests = 0;
  server = createServer((request, response) => {
    requests += 1;
    if (requests <= 2) return request.socket.destroy();
    response.statusCode = requests <= 3 ? 404 : 200;
    response.end('page');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests: () => requests };
}

test('a dropped connection counts as not served yet, never as a failure', async () => {
  const { origin, requests } = await flakyServer();
  await expect(
    waitUntilServed(['/blog/new-post'], origin, { attempts: 10, intervalMs: 1 }),
  ).resolves.toBeUndefined();
  expect(requests()).toBe(4);
});

test('it gives up after its attempts, without throwing', async () => {
  server = createServer((request) => request.socket.destroy());
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await expect(
    waitUntilServed(['/a', '/b'], `http://127.0.0.1:${port}`, { attempts: 3, intervalMs: 1 }),
  ).resolves.toBeUndefined();
});
