import { site } from '@/lib/site';
import { MAX_REQUEST_BYTES } from './request-limits';

export { MAX_REQUEST_BYTES };

export type Refusal = { status: 400 | 403 | 413 | 415; message: string };

/**
 * Browsers send `Origin` with every cross-site POST, so a request that names another site is a
 * form on someone else's page posting into ours (CSRF). Requests without it (mail providers'
 * one-click unsubscribe, curl) are not browsers acting for a reader and pass.
 */
export function foreignOriginRefusal(headers: Headers): Refusal | undefined {
  const origin = headers.get('origin');
  if (origin === null) return undefined;
  const ownHosts = new Set([new URL(site.url).host]);
  // Behind a proxy the public host arrives in X-Forwarded-Host; Next's own check reads it too.
  const requestHost = headers.get('x-forwarded-host') ?? headers.get('host');
  if (requestHost) ownHosts.add(requestHost);
  let originHost: string | undefined;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (originHost && ownHosts.has(originHost)) return undefined;
  return {
    status: 403,
    message: `Refused: requests to ${site.name} must come from its own pages, not from ${origin}.`,
  };
}

export function tooLarge(limit = MAX_REQUEST_BYTES): Refusal {
  return {
    status: 413,
    message: `The request is too large: at most ${limit / 1024} kB is accepted.`,
  };
}

/** Refuses a declared size over the limit before anything reads the body. */
export function declaredSizeRefusal(
  headers: Headers,
  limit = MAX_REQUEST_BYTES,
): Refusal | undefined {
  const length = Number(headers.get('content-length') ?? 0);
  return length > limit ? tooLarge(limit) : undefined;
}

/**
 * Reads a body as text, stopping at the limit even when no Content-Length was sent (chunked
 * uploads), so a huge body is never held in memory.
 */
export async function readLimitedText(
  request: Request,
  limit = MAX_REQUEST_BYTES,
): Promise<{ ok: true; text: string } | { ok: false; refusal: Refusal }> {
  const declared = declaredSizeRefusal(request.headers, limit);
  if (declared) return { ok: false, refusal: declared };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return { ok: false, refusal: tooLarge(limit) };
    }
    chunks.push(value);
  }
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * A body sent without a declared length (chunked), counted as it arrives: refused as soon as it
 * passes the limit, rather than once the sender chooses to finish.
 */
export async function undeclaredSizeRefusal(request: Request): Promise<Refusal | undefined> {
  if (request.headers.has('content-length') || !request.body) return undefined;
  const read = await readLimitedText(request);
  return read.ok ? undefined : read.refusal;
}

export function refusalResponse(refusal: Refusal): Response {
  return Response.json(
    { ok: false, message: refusal.message },
    { status: refusal.status, headers: { 'cache-control': 'no-store' } },
  );
}
