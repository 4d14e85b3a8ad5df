import { type NextRequest, NextResponse } from 'next/server';
import { gatewayHttpUrl } from '../server/env';
import { contentSecurityPolicy, createNonce, parseHstsMode, servesHttps, staticSecurityHeaders } from './headers';

/**
 * The apps' `proxy` (Next 16's middleware): a fresh nonce per request, put in the request's
 * Content-Security-Policy header (where Next's renderer reads it to nonce its scripts) and in the
 * response's, with the other security headers. Env is read per request, like GATEWAY_URL elsewhere.
 */
export function securityHeadersProxy(): (request: NextRequest) => NextResponse {
  return (request) => {
    const nonce = createNonce();
    const https = servesHttps(request, parseHstsMode(process.env.HSTS));
    const csp = contentSecurityPolicy({
      nonce,
      gatewayUrl: gatewayHttpUrl(),
      dev: process.env.NODE_ENV === 'development',
      https,
    });

    // Overwrites whatever a client sent in these headers: only our nonce may reach the renderer.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('content-security-policy', csp);
    requestHeaders.set('x-nonce', nonce);

    const response = NextResponse.next({ request: { headers: requestHeaders } });
    for (const [name, value] of Object.entries(staticSecurityHeaders({ https }))) response.headers.set(name, value);
    response.headers.set('content-security-policy', csp);
    return response;
  };
}
