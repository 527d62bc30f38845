/**
 * `npm start`: the production server. Next's own request handler behind a plain Node HTTP
 * server that does three things `next start` cannot:
 * - it records the client's address from the socket (or from the proxies TRUST_PROXY trusts),
 *   so the per-network limits count real clients, not whatever X-Forwarded-For a client sends;
 * - it refuses a body over 16 kB as soon as that much has arrived, even one sent chunked with no
 *   length, before Next copies any of it;
 * - it answers a prerendered page from memory, as Next answered it the first time
 *   (lib/serving/response-cache.ts): the page costs a tenth of the CPU it did.
 * Usage: npm start [-- --hostname 0.0.0.0 --port 3000]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { settingsOrExit } from '@/lib/config';
import { boundedRequest } from '@/lib/security/bounded-request';
import { clientAddressOf, withClientAddress } from '@/lib/security/client-address';
import { MAX_REQUEST_BYTES, tooLarge } from '@/lib/security/request-guards';
import { securityHeaders } from '@/lib/security/security-headers';
import { createResponseCache } from '@/lib/serving/response-cache';

// Next reads NODE_ENV as it loads; `next start` sets it the same way.
Object.assign(process.env, { NODE_ENV: 'production' });
// A bad environment variable stops here, with one line naming it.
const { TRUST_PROXY } = settingsOrExit();

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        hostname: { type: 'string', short: 'H', default: '0.0.0.0' },
        port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
      },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('Usage: npm start [-- --hostname 0.0.0.0 --port 3000]');
    process.exit(2);
  }
})();
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: expected a port number (0 to 65535), got "${values.port}"`);
  process.exit(2);
}

// Loaded after NODE_ENV is set, as `next start` does.
const { default: next } = await import('next');
const app = next({ dev: false, hostname: values.hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
// Every prerendered page of a 1,000-post site, gzipped, is about 20 MB.
const prerenderedPages = createResponseCache(64 * 1024 * 1024);

/**
 * 413 with the same headers and message the routes give, without reading the body. The rest
 * of it is read and dropped for up to 2 s rather than the connection being cut at once: a
 * client still sending would otherwise get a reset, and lose the answer, before it reads it.
 */
function refuseTooLarge(incoming: IncomingMessage, response: ServerResponse) {
  const body = JSON.stringify({ ok: false, message: tooLarge().message });
  for (const { key, value } of securityHeaders({ development: false })) {
    response.setHeader(key, value);
  }
  response.writeHead(413, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
  const cutOff = setTimeout(() => incoming.socket.destroy(), 2000);
  incoming.once('end', () => clearTimeout(cutOff));
  incoming.resume();
}

async function serve(incoming: IncomingMessage, response: ServerResponse) {
  const forwardedFor = incoming.headers['x-forwarded-for'];
  const address = clientAddressOf(
    Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor,
    incoming.socket.remoteAddress ?? '',
    TRUST_PROXY,
  );
  const bounded = await boundedRequest(incoming, MAX_REQUEST_BYTES);
  if (incoming.socket.destroyed) return;
  if (bounded.tooLarge) return refuseTooLarge(incoming, response);
  const { request } = bounded;
  await withClientAddress(address, () =>
    prerenderedPages.serve(request, response, () => handle(request, response)),
  );
}

const server = createServer((incoming, response) => {
  serve(incoming, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.listen(port, values.hostname, () => {
  console.log(`GLOWPOP is served at http://${values.hostname}:${port}`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
