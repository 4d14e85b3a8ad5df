import { describe, expect, it } from 'vitest';
import { binomial, formatMultiplier, isLess, multiplier, payoutFor } from './multiplier.js';

describe('multipliers', () => {
  it.each([
    [9900n, 4949n, 9900n, 4949n],
    [29700n, 23100n, 9n, 7n],
    [0n, 7n, 0n, 1n],
    [36n, 1n, 36n, 1n],
  ])('reduces %i/%i to %i/%i', (num, den, rNum, rDen) => {
    expect(multiplier(num, den)).toEqual({ num: rNum, den: rDen });
  });

  it.each([
    [1000n, 9900n, 4949n, 2000n],
    [1n, 99n, 50n, 1n],
    [0n, 36n, 1n, 0n],
    // Far beyond 2^53 the arithmetic stays exact.
    [123_456_789_012_345_678_901n, 9n, 7n, 158_730_157_301_587_301_444n],
  ])('pays floor(%i × %i / %i) = %i', (stake, num, den, payout) => {
    expect(payoutFor(stake, { num, den })).toBe(payout);
  });

  it.each([
    [9900n, 4949n, 4, '2.0004'],
    [9n, 7n, 8, '1.28571428'],
    [0n, 1n, 2, '0.00'],
    [5_148_297n, 1n, 0, '5148297'],
  ])('formats %i/%i with %i decimals (truncated) as %s', (num, den, places, text) => {
    expect(formatMultiplier({ num, den }, places)).toBe(text);
  });

  it('compares and counts exactly', () => {
    expect(isLess({ num: 9n, den: 8n }, { num: 9n, den: 7n })).toBe(true);
    expect(isLess({ num: 9n, den: 7n }, { num: 9n, den: 7n })).toBe(false);
    expect(binomial(25, 12)).toBe(5_200_300n);
    expect(binomial(25, 0)).toBe(1n);
    expect(binomial(3, 4)).toBe(0n);
  });

  it('refuses a zero denominator and a negative stake', () => {
    expect(() => multiplier(1n, 0n)).toThrow(RangeError);
    expect(() => payoutFor(-1n, { num: 1n, den: 1n })).toThrow(RangeError);
  });
});
