import { describe, expect, it } from 'vitest';
import { applyBasisPoints } from './apply-basis-points.js';

describe('applyBasisPoints', () => {
  it.each<[string, bigint, number, bigint]>([
    ['100 % is the amount', 12_345n, 10_000, 12_345n],
    ['50 % of an even amount', 10_000n, 5_000, 5_000n],
    ['50 % of an odd amount floors', 10_001n, 5_000, 5_000n],
    ['0.01 % of 99 minor units floors to 0', 99n, 1, 0n],
    ['0.01 % of 10 000 is 1', 10_000n, 1, 1n],
    ['250 % of 3', 3n, 25_000, 7n],
    ['0 % is nothing', 50_000n, 0, 0n],
    ['exact beyond 2^53', 9_007_199_254_740_993n, 10_000, 9_007_199_254_740_993n],
  ])('%s', (_case, amount, bp, expected) => {
    expect(applyBasisPoints(amount, bp)).toBe(expected);
  });

  it.each<[string, bigint, number]>([
    ['negative amount', -1n, 100],
    ['negative basis points', 100n, -1],
    ['fractional basis points', 100n, 1.5],
  ])('refuses a %s', (_case, amount, bp) => {
    expect(() => applyBasisPoints(amount, bp)).toThrow(RangeError);
  });
});
