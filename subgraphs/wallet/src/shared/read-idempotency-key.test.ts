import { describe, expect, it } from 'vitest';
import { readIdempotencyKey } from './read-idempotency-key.js';

describe('readIdempotencyKey', () => {
  it.each(['k', 'approve-1', 'a.b:c_d-1', 'x'.repeat(120)])('accepts %s', (key) => {
    expect(readIdempotencyKey(key)).toBe(key);
  });

  it.each(['', 'a b', 'x'.repeat(121), 'ümlaut', 'a/b'])('refuses %j with INVALID_REQUEST', (key) => {
    expect(() => readIdempotencyKey(key)).toThrow(expect.objectContaining({ code: 'INVALID_REQUEST' }));
  });
});
