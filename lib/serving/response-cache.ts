import type {
  IncomingHttpHeaders,
  IncomingMessage,
  OutgoingHttpHeaders,
  ServerResponse,
} from 'node:http';

/**
 * Prerendered pages, as Next answered them, kept in memory so the next reader asking for the
 * same page gets the same bytes without a trip through Next's router (which costs ~2 ms of CPU a
 * page where writing the bytes costs 0.2). Only what Next marks prerendered and public is kept,
 * keyed on everything its `Vary` names, so a client navigation's data and a page's HTML, or a
 * gzipped and a plain copy, never stand in for each other. Prerendered pages change only with a
 * new build, which restarts the server and so empties the cache.
 */

/** The request headers Next's answers vary on; an answer varying on anything else is not kept. */
const KEYED_HEADERS = [
  'accept-encoding',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
] as const;

const KEYED = new Set<string>(KEYED_HEADERS);

/** Set by the server on the way out, per connection or per response: never replayed. */
const UNKEPT_HEADERS = new Set(['connection', 'keep-alive', 'date', 'transfer-encoding']);

export type CachedResponse = { headers: OutgoingHttpHeaders; body: Buffer };

/**
 * The cache key for a request that may be answered from the cache, or undefined for one that
 * must reach Next: anything but GET, a conditional or partial request (Next answers those
 * with 304 or a range), and a draft-mode reader's (their pages are rendered for them).
 */
export function cacheKeyOf(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): string | undefined {
  // Built assets and images are files Next streams from disk, with their own caching.
  if (method !== 'GET' || !url || url.startsWith('/_next/')) return undefined;
  if (headers['if-none-match'] || headers['if-modified-since'] || headers.range) return undefined;
  if (/(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/.test(headers.cookie ?? '')) {
    return undefined;
  }
  return [url, ...KEYED_HEADERS.map((name) => `${name}=${String(headers[name] ?? '')}`)].join('\n');
}

/** Whether Next's answer is one every reader may be given: a public prerendered page. */
export function isKeepable(statusCode: number, headers: OutgoingHttpHeaders): boolean {
  if (statusCode !== 200 || !headers['x-nextjs-prerender'] || headers['set-cookie']) return false;
  if (/private|no-store|no-cache/i.test(String(headers['cache-control'] ?? ''))) return false;
  return String(headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .every((name) => KEYED.has(name));
}

/**
 * A cache of at most `maxBytes` of bodies; the oldest entries go first when it is full.
 * `serve` answers a request from it, or hands it to `next` and keeps the answer if it may.
 */
export function createResponseCache(maxBytes: number) {
  const entries = new Map<string, CachedResponse>();
  let bytes = 0;

  function keep(key: string, entry: CachedResponse) {
    if (entry.body.byteLength > maxBytes / 8 || entries.has(key)) return;
    entries.set(key, entry);
    bytes += entry.body.byteLength;
    for (const [oldest, { body }] of entries) {
      if (bytes <= maxBytes) break;
      entries.delete(oldest);
      bytes -= body.byteLength;
    }
  }

  return {
    get size() {
      return entries.size;
    },
    async serve(
      request: IncomingMessage,
      response: ServerResponse,
      next: () => Promise<void>,
    ): Promise<void> {
      const key = cacheKeyOf(request.method, request.url, request.headers);
      if (key === undefined) return next();
      const cached = entries.get(key);
      if (cached) {
        response.writeHead(200, { ...cached.headers, 'content-length': cached.body.byteLength });
        response.end(cached.body);
        return;
      }
      const body = recordBody(response);
      await next();
      // Next may still be streaming the body; a client that leaves first gets nothing kept.
      if (!response.writableFinished) {
        await new Promise((resolve) => {
          response.once('finish', resolve);
          response.once('close', resolve);
        });
      }
      if (!response.writableFinished) return;
      const headers = Object.fromEntries(
        Object.entries(response.getHeaders()).filter(([name]) => !UNKEPT_HEADERS.has(name)),
      );
      if (isKeepable(response.statusCode, headers)) keep(key, { headers, body: body() });
    },
  };
}

/** Copies what is written to `response` (after any compression), for keeping. */
function recordBody(response: ServerResponse): () => Buffer {
  const chunks: Buffer[] = [];
  const record = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') {
      const known = typeof encoding === 'string' && Buffer.isEncoding(encoding);
      chunks.push(Buffer.from(chunk, known ? encoding : 'utf8'));
    } else if (chunk instanceof Uint8Array) {
      chunks.push(Buffer.from(chunk));
    }
  };
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    record(chunk, encoding);
    return write(chunk as never, encoding as never, callback as never);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (typeof chunk !== 'function') record(chunk, encoding);
    return end(chunk as never, encoding as never, callback as never);
  }) as typeof response.end;
  return () => Buffer.concat(chunks);
}
