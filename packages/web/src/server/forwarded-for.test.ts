import { describe, expect, it } from 'vitest';
import { appendForwardedFor } from './forwarded-for';

describe('appendForwardedFor', () => {
  it('appends the address that connected to what came in, so a client cannot name itself last', () => {
    expect(appendForwardedFor('6.6.6.6', '203.0.113.9')).toBe('6.6.6.6, 203.0.113.9');
    expect(appendForwardedFor('6.6.6.6 ,  7.7.7.7', '203.0.113.9')).toBe('6.6.6.6, 7.7.7.7, 203.0.113.9');
    expect(appendForwardedFor(['6.6.6.6', '7.7.7.7'], '10.0.0.2')).toBe('6.6.6.6, 7.7.7.7, 10.0.0.2');
  });

  it("starts the chain when none came in; Node's IPv4-mapped form is plain IPv4", () => {
    expect(appendForwardedFor(undefined, '::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(appendForwardedFor('', '::1')).toBe('::1');
    expect(appendForwardedFor(undefined, undefined)).toBeUndefined();
  });
});
