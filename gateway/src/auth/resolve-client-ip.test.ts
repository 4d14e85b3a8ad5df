import { describe, expect, it } from 'vitest';
import { resolveClientIp } from './resolve-client-ip.js';

const trusted = new Set(['127.0.0.1', '::1', '10.0.0.5']);

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
