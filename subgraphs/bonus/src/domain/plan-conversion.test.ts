import { describe, expect, it } from 'vitest';
import { planConversion, type ConversionPlan, type GrantEnding } from './plan-conversion.js';

describe('planConversion', () => {
  it.each<[string, GrantEnding, bigint, bigint | null, ConversionPlan]>([
    ['completed under the cap converts all', 'COMPLETED', 4_000n, 10_000n, { toCash: 4_000n, forfeited: 0n }],
    ['completed exactly at the cap converts all', 'COMPLETED', 10_000n, 10_000n, { toCash: 10_000n, forfeited: 0n }],
    [
      'completed above the cap forfeits the excess',
      'COMPLETED',
      25_000n,
      10_000n,
      { toCash: 10_000n, forfeited: 15_000n },
    ],
    ['completed without a cap converts all', 'COMPLETED', 25_000n, null, { toCash: 25_000n, forfeited: 0n }],
    ['completed with nothing left', 'COMPLETED', 0n, 10_000n, { toCash: 0n, forfeited: 0n }],
    ['expired forfeits all', 'EXPIRED', 4_000n, 10_000n, { toCash: 0n, forfeited: 4_000n }],
    ['expired forfeits all without a cap', 'EXPIRED', 4_000n, null, { toCash: 0n, forfeited: 4_000n }],
    ['cancelled forfeits all', 'CANCELLED', 4_000n, 10_000n, { toCash: 0n, forfeited: 4_000n }],
    ['cancelled with nothing left', 'CANCELLED', 0n, null, { toCash: 0n, forfeited: 0n }],
  ])('%s', (_case, ending, bonusBalance, maxCashOut, expected) => {
    const plan = planConversion({ ending, bonusBalance, maxCashOut });
    expect(plan).toEqual(expected);
    expect(plan.toCash + plan.forfeited).toBe(bonusBalance);
  });

  it.each<[string, bigint, bigint | null]>([
    ['a negative balance', -1n, null],
    ['a negative cap', 100n, -1n],
  ])('refuses %s', (_case, bonusBalance, maxCashOut) => {
    expect(() => planConversion({ ending: 'COMPLETED', bonusBalance, maxCashOut })).toThrow(RangeError);
  });
});
