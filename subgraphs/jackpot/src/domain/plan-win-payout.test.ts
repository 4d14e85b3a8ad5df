import { describe, expect, it } from 'vitest';
import type { JackpotType } from './jackpot.js';
import { type PayoutAccount, planWinPayout } from './plan-win-payout.js';

describe('planWinPayout', () => {
  it.each<[string, JackpotType, bigint, bigint, bigint, bigint, bigint, bigint]>([
    // type, seed amount, pool at win, pool now → win, reseed from house, pool after
    ['a progressive win reseeds from the house', 'PROGRESSIVE', 1_000n, 25_000n, 25_000n, 25_000n, 1_000n, 1_000n],
    [
      'a must-drop win pays the pool the winning bet left',
      'MUST_DROP',
      5_000n,
      10_001n,
      10_001n,
      10_001n,
      5_000n,
      5_000n,
    ],
    ['later contributions carry into the next cycle', 'MUST_DROP', 5_000n, 10_001n, 10_040n, 10_001n, 5_000n, 5_039n],
    ['a fixed prize is topped up again', 'FIXED', 10_000n, 10_000n, 10_000n, 10_000n, 10_000n, 10_000n],
    ['a sponsored pool is not reseeded', 'SPONSORED', 0n, 50_000n, 50_000n, 50_000n, 0n, 0n],
    ['a zero seed adds no house leg', 'PROGRESSIVE', 0n, 7n, 7n, 7n, 0n, 0n],
  ])('%s', (_label, jackpotType, seedAmount, poolAtWin, poolNow, winAmount, reseedFromHouse, poolAfter) => {
    const plan = planWinPayout({ jackpotType, tier: { seedAmount }, poolAtWin, poolNow });
    expect(plan).toMatchObject({ kind: 'PAY', winAmount, reseedFromHouse, poolAfter });
    if (plan.kind !== 'PAY') return;
    // The legs move exactly these amounts and conserve money: the pool's change is what the plan says.
    const net = (account: PayoutAccount) =>
      plan.legs.reduce(
        (sum, leg) => sum + (leg.to === account ? leg.amount : 0n) - (leg.from === account ? leg.amount : 0n),
        0n,
      );
    expect(net('PLAYER_CASH')).toBe(winAmount);
    expect(net('HOUSE')).toBe(-reseedFromHouse);
    expect(poolNow + net('JACKPOT_POOL')).toBe(poolAfter);
    expect(plan.legs.every((leg) => leg.amount > 0n)).toBe(true);
  });

  it('lists the pool-to-player leg first, then the reseed', () => {
    expect(
      planWinPayout({ jackpotType: 'PROGRESSIVE', tier: { seedAmount: 100n }, poolAtWin: 900n, poolNow: 900n }),
    ).toEqual({
      kind: 'PAY',
      winAmount: 900n,
      reseedFromHouse: 100n,
      poolAfter: 100n,
      legs: [
        { from: 'JACKPOT_POOL', to: 'PLAYER_CASH', amount: 900n },
        { from: 'HOUSE', to: 'JACKPOT_POOL', amount: 100n },
      ],
    });
  });

  it('pays nothing from an empty pool', () => {
    expect(planWinPayout({ jackpotType: 'SPONSORED', tier: { seedAmount: 0n }, poolAtWin: 0n, poolNow: 25n })).toEqual({
      kind: 'NOTHING_TO_PAY',
      poolAfter: 25n,
    });
  });

  it.each([
    ['a pool smaller than the win found (already paid?)', 1_000n, 999n, 0n],
    ['a negative pool', -1n, 0n, 0n],
    ['a negative seed amount', 10n, 10n, -1n],
  ])('refuses %s', (_label, poolAtWin, poolNow, seedAmount) => {
    expect(() => planWinPayout({ jackpotType: 'PROGRESSIVE', tier: { seedAmount }, poolAtWin, poolNow })).toThrow(
      RangeError,
    );
  });
});
