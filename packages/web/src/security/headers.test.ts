import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  createNonce,
  gatewayOrigins,
  parseHstsMode,
  servesHttps,
  staticSecurityHeaders,
} from './headers';

/** `directive → sources` of a serialised policy. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const base = { nonce: 'bm9uY2U=', gatewayUrl: 'http://127.0.0.1:4000/graphql' };

describe('contentSecurityPolicy', () => {
  it('runs only scripts with the nonce, and what they load (strict-dynamic): no unsafe-inline, no eval, no hosts', () => {
    const csp = parse(contentSecurityPolicy(base));
    expect(csp.get('script-src')).toEqual(["'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(contentSecurityPolicy(base)).not.toMatch(/unsafe-eval/);
  });

  it('lets inline styles in through attributes only', () => {
    const csp = parse(contentSecurityPolicy(base));
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
    expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
  });

  it('connects to our origin and the gateway over HTTP and WebSocket, nothing else', () => {
    expect(parse(contentSecurityPolicy(base)).get('connect-src')).toEqual([
      "'self'",
      'http://127.0.0.1:4000',
      'ws://127.0.0.1:4000',
    ]);
    expect(
      parse(contentSecurityPolicy({ ...base, gatewayUrl: 'https://api.casino.example/graphql' })).get('connect-src'),
    ).toEqual(["'self'", 'https://api.casino.example', 'wss://api.casino.example']);
  });

  it('refuses framing, plugins, <base> and forms to other sites', () => {
    const csp = parse(contentSecurityPolicy(base));
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('upgrades insecure requests only over HTTPS (on plain HTTP it would break the http:// gateway)', () => {
    expect(parse(contentSecurityPolicy(base)).has('upgrade-insecure-requests')).toBe(false);
    expect(parse(contentSecurityPolicy({ ...base, https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('relaxes only what next dev needs', () => {
    const csp = parse(contentSecurityPolicy({ ...base, dev: true }));
    expect(csp.get('script-src')).toEqual(["'nonce-bm9uY2U='", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe('createNonce', () => {
  it('is 128 bits of base64, fresh every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe('gatewayOrigins', () => {
  it('keeps a non-default port and drops the path', () => {
    expect(gatewayOrigins('http://localhost:14000/graphql')).toEqual([
      'http://localhost:14000',
      'ws://localhost:14000',
    ]);
  });
});

describe('staticSecurityHeaders', () => {
  it('sends nosniff, a referrer policy, disabled features and DENY framing', () => {
    const headers = staticSecurityHeaders();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toMatch(/(^|, )camera=\(\)/);
    for (const feature of ['microphone', 'geolocation', 'payment'])
      expect(headers['permissions-policy']).toContain(`${feature}=()`);
    expect(headers).not.toHaveProperty('strict-transport-security');
  });

  it('adds HSTS over HTTPS', () => {
    expect(staticSecurityHeaders({ https: true })['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

describe('servesHttps', () => {
  const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });

  it('auto: the request scheme, or the first X-Forwarded-Proto', () => {
    expect(servesHttps(request('http://127.0.0.1:3000/'), 'auto')).toBe(false);
    expect(servesHttps(request('https://casino.example/'), 'auto')).toBe(true);
    expect(servesHttps(request('http://internal:3000/', { 'x-forwarded-proto': 'https' }), 'auto')).toBe(true);
    expect(servesHttps(request('http://internal:3000/', { 'x-forwarded-proto': 'http, https' }), 'auto')).toBe(false);
  });

  it('on / off override the request', () => {
    expect(servesHttps(request('http://internal:3000/'), 'on')).toBe(true);
    expect(servesHttps(request('https://casino.example/'), 'off')).toBe(false);
  });

  it('parses the HSTS setting strictly', () => {
    expect(parseHstsMode(undefined)).toBe('auto');
    expect(parseHstsMode(' ON ')).toBe('on');
    expect(() => parseHstsMode('yes')).toThrow(/auto, on or off/);
  });
});
