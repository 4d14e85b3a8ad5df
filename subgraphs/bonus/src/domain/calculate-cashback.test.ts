import { describe, expect, it } from 'vitest';
import { calculateCashback, type CashbackInput } from './calculate-cashback.js';

const tenPercent = (staked: bigint, paid: bigint, cap = 10_000n): CashbackInput => ({
  staked,
  paid,
  percentBp: 1_000,
  cap,
});

describe('calculateCashback', () => {
  it.each<[string, CashbackInput, bigint]>([
    ['10 % of a net loss', tenPercent(50_000n, 30_000n), 2_000n],
    ['a net win gives nothing', tenPercent(30_000n, 50_000n), 0n],
    ['break-even gives nothing', tenPercent(30_000n, 30_000n), 0n],
    ['no play gives nothing', tenPercent(0n, 0n), 0n],
    ['floor rounding', tenPercent(10_009n, 0n), 1_000n],
    ['a loss too small to pay a minor unit', tenPercent(9n, 0n), 0n],
    ['capped', tenPercent(1_000_000n, 0n), 10_000n],
    ['exactly at the cap', tenPercent(100_000n, 0n), 10_000n],
    [
      '100 % cashback repays the whole loss under the cap',
      { staked: 5_000n, paid: 1_000n, percentBp: 10_000, cap: 10_000n },
      4_000n,
    ],
    [
      '0.01 % of a large loss, exact',
      { staked: 123_456_789_012_345_678n, paid: 0n, percentBp: 1, cap: 2n ** 62n },
      12_345_678_901_234n,
    ],
  ])('%s', (_case, input, expected) => {
    expect(calculateCashback(input)).toBe(expected);
  });

  it.each<[string, CashbackInput]>([
    ['negative stakes', tenPercent(-1n, 0n)],
    ['negative payouts', tenPercent(0n, -1n)],
    ['a negative cap', tenPercent(10n, 0n, -1n)],
  ])('refuses %s', (_case, input) => {
    expect(() => calculateCashback(input)).toThrow(RangeError);
  });
});
