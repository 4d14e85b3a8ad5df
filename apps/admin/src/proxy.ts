import { securityHeadersProxy } from '@casinox/web/security';

// No matcher: every response — pages, route handlers, static assets — gets the security headers,
// and every page its own CSP nonce (all pages render per request, see the root layout).
export const proxy = securityHeadersProxy();
