import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from '@/lib/security/security-headers';
import {
  declaredSizeRefusal,
  foreignOriginRefusal,
  refusalResponse,
  undeclaredSizeRefusal,
} from '@/lib/security/request-guards';

/**
 * Guards every request that carries a body (server actions, route handlers) before Next reads
 * it: Next's own checks for server actions answer a foreign Origin or an oversized body with a
 * bare 500, where a client deserves to be told what was wrong.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.length > 1 && pathname.endsWith('/')) return withoutTrailingSlash(request);
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const refusal =
    foreignOriginRefusal(request.headers) ??
    declaredSizeRefusal(request.headers) ??
    // Reads Next's copy of the body (see proxyClientMaxBodySize); the route gets its own.
    (await undeclaredSizeRefusal(request));
  return refusal ? refusalResponse(refusal) : undefined;
}

/**
 * `/blog/` is `/blog`. Next's own redirect for this (skipped in next.config.ts) went out without
 * the security headers; this one carries them. Next turns the Location back into a path.
 */
function withoutTrailingSlash(request: NextRequest): NextResponse {
  // A plain URL: a NextURL keeps writing the trailing slash it was parsed with.
  const target = new URL(request.url);
  // One leading slash, always: `//evil.example/` must not become a link to another site.
  target.pathname = `/${target.pathname.replace(/^\/+|\/+$/g, '')}`;
  const response = NextResponse.redirect(target, 308);
  const development = process.env.NODE_ENV === 'development';
  for (const { key, value } of securityHeaders({ development })) {
    response.headers.set(key, value);
  }
  return response;
}

export const config = {
  // Plain page views (no Origin, no Content-Type) skip the proxy and are served straight from
  // the prerendered cache; only requests that can carry a body or come from another page run it.
  matcher: [
    '/(.+)/',
    { source: '/:path*', has: [{ type: 'header', key: 'content-type' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'origin' }] },
  ],
};
