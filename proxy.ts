import type { NextRequest } from 'next/server';
import {
  declaredSizeRefusal,
  foreignOriginRefusal,
  refusalResponse,
} from '@/lib/security/request-guards';

/**
 * Guards every request that carries a body (server actions, route handlers) before Next reads
 * it: Next's own checks for server actions answer a foreign Origin or an oversized body with a
 * bare 500, where a client deserves to be told what was wrong.
 */
export function proxy(request: NextRequest) {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const refusal = foreignOriginRefusal(request.headers) ?? declaredSizeRefusal(request.headers);
  return refusal ? refusalResponse(refusal) : undefined;
}

export const config = {
  // Plain page views (no Origin, no Content-Type) skip the proxy and are served straight from
  // the prerendered cache; only requests that can carry a body or come from another page run it.
  matcher: [
    { source: '/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'origin' }] },
  ],
};
