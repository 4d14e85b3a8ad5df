import { describe, expect, it } from 'vitest';
import { readMoneyInput } from './read-money-input.js';

describe('readMoneyInput', () => {
  it.each([
    ['an unknown asset', { asset: 'XYZ', amount: 100n, idempotencyKey: 'k' }, 'UNKNOWN_ASSET'],
    ['game credits', { asset: 'CREDITS', amount: 100n, idempotencyKey: 'k' }, 'UNKNOWN_ASSET'],
    ['zero', { asset: 'USD', amount: 0n, idempotencyKey: 'k' }, 'INVALID_AMOUNT'],
    ['a negative amount', { asset: 'USD', amount: -5n, idempotencyKey: 'k' }, 'INVALID_AMOUNT'],
    [
      'more than the asset allows per input',
      { asset: 'USD', amount: 10n ** 12n + 1n, idempotencyKey: 'k' },
      'AMOUNT_OUT_OF_RANGE',
    ],
    ['int64 max', { asset: 'EUR', amount: 2n ** 63n - 1n, idempotencyKey: 'k' }, 'AMOUNT_OUT_OF_RANGE'],
    ['an empty key', { asset: 'USD', amount: 5n, idempotencyKey: '' }, 'INVALID_REQUEST'],
    ['a key with spaces', { asset: 'USD', amount: 5n, idempotencyKey: 'a b' }, 'INVALID_REQUEST'],
  ])('refuses %s with %s', (_label, input, code) => {
    expect(() => readMoneyInput(input)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts the asset maximum itself', () => {
    expect(readMoneyInput({ asset: 'USD', amount: 10n ** 12n, idempotencyKey: 'k' }).amount).toBe(10n ** 12n);
  });

  it('accepts a positive amount of a real-money asset', () => {
    expect(readMoneyInput({ asset: 'BTC', amount: 150_000n, idempotencyKey: 'dep-1' })).toEqual({
      asset: { code: 'BTC', kind: 'CRYPTO', scale: 8, maxAmount: 10n ** 13n },
      amount: 150_000n,
      key: 'dep-1',
    });
  });
});
