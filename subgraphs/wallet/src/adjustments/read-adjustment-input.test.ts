import { describe, expect, it } from 'vitest';
import { readAdjustmentInput } from './read-adjustment-input.js';

const PLAYER = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const base = { playerId: PLAYER, asset: 'USD', amount: 500n, reason: 'Goodwill', idempotencyKey: 'adj-1' };

describe('readAdjustmentInput', () => {
  it.each<[string, Partial<typeof base>, bigint]>([
    ['a credit', {}, 500n],
    ['a debit', { amount: -500n }, -500n],
    ['the largest credit', { amount: 10n ** 12n }, 10n ** 12n],
    ['the largest debit', { amount: -(10n ** 12n) }, -(10n ** 12n)],
  ])('accepts %s', (_label, change, amount) => {
    expect(readAdjustmentInput({ ...base, ...change })).toMatchObject({
      playerId: PLAYER,
      amount,
      reason: 'Goodwill',
      key: 'adj-1',
    });
  });

  it.each<[string, Partial<typeof base>, string]>([
    ['a zero amount', { amount: 0n }, 'INVALID_AMOUNT'],
    ['a credit above the USD maximum', { amount: 10n ** 12n + 1n }, 'AMOUNT_OUT_OF_RANGE'],
    ['a debit above the USD maximum', { amount: -(10n ** 12n) - 1n }, 'AMOUNT_OUT_OF_RANGE'],
    ['an amount beyond 64 bits', { amount: 2n ** 63n }, 'AMOUNT_OUT_OF_RANGE'],
    ['a debit beyond 64 bits', { amount: -(2n ** 63n) }, 'AMOUNT_OUT_OF_RANGE'],
    ['an unknown asset', { asset: 'NOPE' }, 'UNKNOWN_ASSET'],
    ['game credits', { asset: 'CREDITS' }, 'UNKNOWN_ASSET'],
    ['a short reason', { reason: ' ab ' }, 'INVALID_REQUEST'],
    ['a long reason', { reason: 'x'.repeat(501) }, 'INVALID_REQUEST'],
    ['a bad key', { idempotencyKey: 'has space' }, 'INVALID_REQUEST'],
    ['a bad player id', { playerId: 'nope' }, 'INVALID_REQUEST'],
  ])('refuses %s', (_label, change, code) => {
    expect(() => readAdjustmentInput({ ...base, ...change })).toThrow(expect.objectContaining({ code }));
  });
});
