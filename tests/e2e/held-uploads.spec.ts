import { expect, test } from './fixtures';
import { freePort, startServer, type Server } from '../../bench/support/processes';
import { heldUpload } from '../support/held-upload';

// A `next start` of its own, so nothing else the suite does moves its memory.
let site: Server;
test.beforeAll(async () => {
  const port = await freePort();
  site = await startServer(
    'npx',
    ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)],
    { url: `http://127.0.0.1:${port}` },
  );
});
test.afterAll(() => site.stop());

const MiB = 1024 * 1024;
const UPLOADS = 60;
// Each sends 3 MiB, slowly, chunked (no length to refuse it by), and is never finished. Before
// the proxy's copy was capped (next.config.ts proxyClientMaxBodySize) Next kept each body whole:
// 60 of these would hold 180 MiB.
const BYTES_EACH = 3 * MiB;

/** 60 held uploads at once, half to the signup API, half to a server action. */
function uploads(bytesEach: number) {
  const paths = ['/api/newsletter/subscribe', '/blog'];
  return Promise.all(
    Array.from({ length: UPLOADS }, (_, index) => {
      const path = paths[index % paths.length] ?? '/blog';
      return heldUpload(site.url, path, {
        headers: path === '/blog' ? { 'Next-Action': 'x' } : {},
        maxBytes: bytesEach,
      });
    }),
  );
}

test('60 bodies that never end, held open at once, leave the server’s memory flat', async () => {
  test.setTimeout(180_000);
  // Warm up with 60 small ones: the first burst of connections grows the heap once (about 45 MiB
  // here, whatever the bodies' size); what is measured is whether bodies are kept.
  await uploads(256 * 1024);
  const before = site.rssBytes();

  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, site.rssBytes())), 200);
  const answers = await uploads(BYTES_EACH);
  clearInterval(sampler);

  const grown = (peak - before) / MiB;
  console.log(
    `held uploads: ${UPLOADS} × ${BYTES_EACH / MiB} MiB sent; server memory ${Math.round(before / MiB)} → peak ${Math.round(peak / MiB)} MiB`,
  );
  // What one upload may hold (twice the 16 kB limit) times 60 is under 2 MiB; the rest is slack
  // for the garbage collector, far below the 180 MiB whole bodies would take.
  expect(grown).toBeLessThan(40);
  // Every upload was sent in full, or answered (413) before it was: none was left hanging.
  for (const answer of answers)
    expect(answer.status === 413 || answer.bytesSent >= BYTES_EACH).toBe(true);
});
