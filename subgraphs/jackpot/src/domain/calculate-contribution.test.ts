import { describe, expect, it } from 'vitest';
import { calculateContribution } from './calculate-contribution.js';
import type { JackpotBet, JackpotConfig, ProgressiveTier } from './jackpot.js';
import { testRandom } from './test-random.js';

const tier = (code: string, share: number): ProgressiveTier => ({ code, seedAmount: 0n, contributionShareBasisPoints: share, hitOneIn: 1000 });

const progressive = (contributionBasisPoints: number, shares: number[]): JackpotConfig => ({
  type: 'PROGRESSIVE',
  name: 'P',
  asset: 'USD',
  scope: { kind: 'GAMES', gameCodes: ['SLOTS'] },
  optIn: true,
  contributionBasisPoints,
  fairnessSlot: 0,
  tiers: shares.map((share, i) => tier(`T${i}`, share)),
});

const bet = (stake: bigint, patch: Partial<JackpotBet> = {}): JackpotBet => ({ gameCode: 'SLOTS', asset: 'USD', stake, playerOptedIn: true, ...patch });

describe('calculateContribution', () => {
  it.each([
    // stake, basis points, tier shares, total, parts
    [10_000n, 100, [10_000], 100n, [100n]],
    [1_000n, 100, [5_000, 3_000, 2_000], 10n, [5n, 3n, 2n]],
    [99n, 100, [10_000], 0n, [0n]], // 0.99 of a unit: the fraction stays with the house
    [100n, 100, [10_000], 1n, [1n]],
    [199n, 100, [10_000], 1n, [1n]],
    [1_000n, 100, [3_333, 3_333, 3_334], 10n, [4n, 3n, 3n]], // floors 3+3+3, the 1 left goes to the first tier
    [700n, 100, [0, 5_000, 5_000], 7n, [0n, 4n, 3n]], // the first tier with a share takes the remainder
    [3n, 10_000, [5_000, 5_000], 3n, [2n, 1n]],
    [0n, 500, [5_000, 5_000], 0n, [0n, 0n]],
    [2n ** 62n, 1_000, [7_000, 2_000, 1_000], 461168601842738790n, [322818021289917153n, 92233720368547758n, 46116860184273879n]],
  ])('stake %s at %i bp over %j: total %s', (stake, bp, shares, total, parts) => {
    const result = calculateContribution(progressive(bp, shares), bet(stake));
    expect(result.total).toBe(total);
    expect(result.parts.map((part) => part.amount)).toEqual(parts);
    expect(result.parts.map((part) => part.tierCode)).toEqual(shares.map((_, i) => `T${i}`));
  });

  it.each([
    ['another game', bet(10_000n, { gameCode: 'DICE' }), 'GAME_NOT_IN_SCOPE'],
    ['another asset', bet(10_000n, { asset: 'EUR' }), 'WRONG_ASSET'],
    ['a player who did not opt in', bet(10_000n, { playerOptedIn: false }), 'NOT_OPTED_IN'],
  ])('gives 0 to every tier for %s', (_label, candidate, reason) => {
    const result = calculateContribution(progressive(100, [6_000, 4_000]), candidate);
    expect(result).toEqual({ check: { qualifies: false, reason }, total: 0n, parts: [{ tierCode: 'T0', amount: 0n }, { tierCode: 'T1', amount: 0n }] });
  });

  it('takes nothing for a fixed jackpot', () => {
    const fixed: JackpotConfig = { ...progressive(0, [0]), type: 'FIXED', tiers: [{ code: 'DAILY', seedAmount: 100n, contributionShareBasisPoints: 0 }], resetMinuteUtc: 0 };
    expect(calculateContribution(fixed, bet(1_000_000n))).toMatchObject({ check: { qualifies: true }, total: 0n, parts: [{ tierCode: 'DAILY', amount: 0n }] });
  });

  it('refuses a negative stake and shares that do not sum to 100 %', () => {
    expect(() => calculateContribution(progressive(100, [10_000]), bet(-1n))).toThrow(RangeError);
    expect(() => calculateContribution(progressive(100, [5_000, 4_000]), bet(10_000n))).toThrow(/sum to 10000/);
  });

  it('splits exactly: Σ parts = total, the remainder only on the first tier with a share, for 10,000 random bets', () => {
    const random = testRandom(20260501);
    for (let i = 0; i < 10_000; i++) {
      const tiers = random.int(1, 8);
      // Random shares summing to 10,000 (some zero), by cutting [0, 10000] at random points.
      const cuts = Array.from({ length: tiers - 1 }, () => random.int(0, 10_000)).sort((a, b) => a - b);
      const shares = [...cuts, 10_000].map((cut, k) => cut - (k === 0 ? 0 : cuts[k - 1]!));
      const bp = random.int(1, 1_000);
      const stake = random.int(0, 3) === 0 ? random.below(1_000n) : random.below(2n ** 63n);
      const { total, parts } = calculateContribution(progressive(bp, shares), bet(stake));
      expect(total).toBe((stake * BigInt(bp)) / 10_000n);
      expect(parts.reduce((sum, part) => sum + part.amount, 0n)).toBe(total);
      const first = shares.findIndex((share) => share > 0);
      parts.forEach((part, k) => {
        const floor = (total * BigInt(shares[k]!)) / 10_000n;
        if (k === first) expect(part.amount - floor).toBeLessThan(BigInt(tiers));
        else expect(part.amount).toBe(floor);
      });
    }
  });
});
