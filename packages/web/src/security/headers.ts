/**
 * The security headers both apps send (see docs/security.md, "Web app headers"). Pure functions:
 * the Next proxy in ./proxy.ts calls them once per request with a fresh nonce.
 */

/** When to send Strict-Transport-Security: `auto` = when the request reached us over HTTPS. */
export type HstsMode = 'auto' | 'on' | 'off';

export interface ContentSecurityPolicyOptions {
  /** Fresh per response; Next reads it back from the request's CSP header and puts it on its scripts. */
  nonce: string;
  /** The gateway's HTTP URL as browsers reach it (GATEWAY_URL): its HTTP and WebSocket origins. */
  gatewayUrl: string;
  /** `next dev`: React's dev build needs eval and Next injects unnonced dev styles. */
  dev?: boolean;
  /** Served over HTTPS: any stray http:// subresource is upgraded rather than loaded in clear. */
  https?: boolean;
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The gateway's HTTP origin and the matching WebSocket origin (graphql-ws connects to the same host). */
export function gatewayOrigins(gatewayUrl: string): [http: string, ws: string] {
  const url = new URL(gatewayUrl);
  return [url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`];
}

export function contentSecurityPolicy({
  nonce,
  gatewayUrl,
  dev = false,
  https = false,
}: ContentSecurityPolicyOptions): string {
  const directives: string[][] = [
    ['default-src', "'self'"],
    // Only scripts carrying this response's nonce run; 'strict-dynamic' lets them load Next's chunks.
    // No 'self' or hosts: with 'strict-dynamic' browsers ignore them anyway.
    ['script-src', `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Tailwind and Next ship stylesheets from our origin; a <style> element needs the nonce.
    ['style-src', "'self'", dev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    // Server-rendered style="" attributes (tenant branding variables, dice/roulette geometry)
    // cannot carry a nonce; attribute styles have no selectors and no script, so this stays tight.
    ['style-src-attr', "'unsafe-inline'"],
    // The TOTP QR code is a data: URL made in the browser; branding has no remote images.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // Same origin for the BFF session routes, the gateway for GraphQL over HTTP and WebSocket.
    ['connect-src', "'self'", ...gatewayOrigins(gatewayUrl)],
    ['frame-src', "'none'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    // Every form is handled by script; the deposit checkout is a script navigation, not a form post.
    ['form-action', "'self'"],
    // Nothing legitimately frames either app: refuse it (clickjacking).
    ['frame-ancestors', "'none'"],
    ...(https ? [['upgrade-insecure-requests']] : []),
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** Features neither app uses, switched off for the page and anything it might embed. */
const DISABLED_FEATURES = [
  'accelerometer',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** The headers that do not depend on the nonce, for every response (pages, route handlers, assets). */
export function staticSecurityHeaders({ https = false }: { https?: boolean } = {}): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    // Cross-origin requests get the origin only, never a path (admin invite links carry a token).
    // Not no-referrer: it turns a same-origin POST's Origin into "null", which the BFF refuses.
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    // For browsers without CSP frame-ancestors.
    'x-frame-options': 'DENY',
    // No other site keeps a window handle on ours (the checkout is a same-tab navigation).
    'cross-origin-opener-policy': 'same-origin',
    ...(https ? { 'strict-transport-security': HSTS_VALUE } : {}),
  };
}

export function parseHstsMode(value: string | undefined): HstsMode {
  const mode = value?.trim().toLowerCase() || 'auto';
  if (mode === 'auto' || mode === 'on' || mode === 'off') return mode;
  throw new Error(`HSTS must be auto, on or off, got "${value}".`);
}

/**
 * Whether the browser reached us over HTTPS: the request's own scheme, or X-Forwarded-Proto from
 * the TLS-terminating proxy (as Next itself reads it). A client that forges it only changes the
 * headers of its own response.
 */
export function requestIsHttps(request: Request): boolean {
  const proto = request.headers.get('x-forwarded-proto');
  if (proto) return proto.split(',')[0]?.trim().toLowerCase() === 'https';
  return new URL(request.url).protocol === 'https:';
}

/** Whether this response should carry HSTS (and upgrade-insecure-requests). */
export function servesHttps(request: Request, mode: HstsMode): boolean {
  if (mode === 'on') return true;
  if (mode === 'off') return false;
  return requestIsHttps(request);
}
