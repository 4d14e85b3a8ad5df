import { describe, expect, it } from 'vitest';
import { resolveClientIp, trustedProxyMatcher } from './resolve-client-ip.js';

const trusted = trustedProxyMatcher(['127.0.0.1', '::1', '10.0.0.5']);

describe('resolveClientIp', () => {
  it.each([
    ['a direct client, no header', '203.0.113.7', undefined, '203.0.113.7'],
    ['a direct client cannot spoof the header', '203.0.113.7', '198.51.100.1', '203.0.113.7'],
    ['through our BFF on loopback', '127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['IPv4-mapped socket address', '::ffff:127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['through two trusted proxies', '10.0.0.5', '198.51.100.1, 127.0.0.1', '198.51.100.1'],
    ['a spoofed entry left of the real client is ignored', '127.0.0.1', '1.2.3.4, 198.51.100.1', '198.51.100.1'],
    ['all hops trusted: the leftmost', '127.0.0.1', '::1', '::1'],
    ['loopback with no header is loopback', '127.0.0.1', null, '127.0.0.1'],
  ])('%s', (_case, socket, header, expected) => {
    expect(resolveClientIp(socket, header, trusted)).toBe(expected);
  });
});

describe('trustedProxyMatcher', () => {
  const matches = trustedProxyMatcher(['127.0.0.1', '::1', '172.16.0.0/12', 'fd00::/8']);
  it.each([
    ['127.0.0.1', true],
    ['::1', true],
    ['172.20.3.4', true],
    ['172.32.0.1', false],
    ['fd12::1', true],
    ['2001:db8::1', false],
    ['not-an-ip', false],
  ])('%s → %s', (ip, expected) => {
    expect(matches(ip)).toBe(expected);
  });

  it('refuses a malformed entry at start-up', () => {
    expect(() => trustedProxyMatcher(['10.0.0.0/8', 'localhost'])).toThrow(/TRUSTED_PROXIES/);
  });
});
