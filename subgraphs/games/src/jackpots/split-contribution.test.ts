import { describe, expect, it } from 'vitest';
import { type ContributionRule, type JackpotType, splitContribution } from './split-contribution.js';

const JACKPOT = '00000000-0000-4000-8000-0000000000aa';

const rule = (
  contributionBasisPoints: number,
  shares: number[],
  type: JackpotType = 'PROGRESSIVE',
): ContributionRule => ({
  jackpotId: JACKPOT,
  type,
  contributionBasisPoints,
  fairnessSlot: type === 'PROGRESSIVE' ? 0 : null,
  tiers: shares.map((share, i) => ({ code: `T${i}`, pool: `${JACKPOT}:T${i}`, shareBasisPoints: share })),
});

/** A tiny deterministic generator (mulberry32), so the property test is reproducible. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    big: (bits: number) => BigInt(Math.floor(next() * 2 ** 31)) << BigInt(bits - 31),
  };
}

describe('splitContribution', () => {
  it.each([
    // stake, basis points, tier shares, parts by tier code (zero parts dropped)
    [10_000n, 100, [10_000], { T0: 100n }],
    [1_000n, 100, [5_000, 3_000, 2_000], { T0: 5n, T1: 3n, T2: 2n }],
    [99n, 100, [10_000], {}], // 0.99 of a unit: the fraction stays with the house, nothing moves
    [100n, 100, [10_000], { T0: 1n }],
    [199n, 100, [10_000], { T0: 1n }], // floor, never rounded up
    [1_000n, 100, [3_333, 3_333, 3_334], { T0: 4n, T1: 3n, T2: 3n }], // floors 3+3+3, the 1 left goes to the first tier
    [700n, 100, [0, 5_000, 5_000], { T1: 4n, T2: 3n }], // the first tier WITH a share takes the remainder; the 0 part is dropped
    [3n, 10_000, [5_000, 5_000], { T0: 2n, T1: 1n }],
    [1n, 10_000, [5_000, 5_000], { T0: 1n }], // T1's floor is 0: dropped
    [0n, 500, [5_000, 5_000], {}],
    [
      2n ** 62n,
      1_000,
      [7_000, 2_000, 1_000],
      { T0: 322818021289917153n, T1: 92233720368547758n, T2: 46116860184273879n },
    ],
  ])('stake %s at %i bp over %j', (stake, bp, shares, expected) => {
    const parts = splitContribution(rule(bp, shares), stake);
    expect(Object.fromEntries(parts.map((part) => [part.tierCode, part.amount]))).toEqual(expected);
    for (const part of parts) expect(part).toMatchObject({ jackpotId: JACKPOT, pool: `${JACKPOT}:${part.tierCode}` });
  });

  it('keeps the tiers in the jackpot order', () => {
    expect(splitContribution(rule(100, [2_000, 3_000, 5_000]), 10_000n).map((part) => part.tierCode)).toEqual([
      'T0',
      'T1',
      'T2',
    ]);
  });

  it.each<[string, ContributionRule]>([
    ['a fixed jackpot', rule(100, [10_000], 'FIXED')],
    ['a sponsored jackpot', rule(100, [10_000], 'SPONSORED')],
    ['0 basis points', rule(0, [10_000])],
    ['shares that do not sum to 100 %', rule(100, [5_000, 4_000])],
    ['shares above 100 %', rule(100, [8_000, 4_000])],
    ['no tiers', rule(100, [])],
  ])('moves nothing for %s', (_label, candidate) => {
    expect(splitContribution(candidate, 1_000_000n)).toEqual([]);
  });

  it('splits a must-drop jackpot like a progressive one', () => {
    expect(splitContribution(rule(250, [10_000], 'MUST_DROP'), 1_000n)).toEqual([
      { jackpotId: JACKPOT, tierCode: 'T0', pool: `${JACKPOT}:T0`, amount: 25n },
    ]);
  });

  it('refuses a negative stake', () => {
    expect(() => splitContribution(rule(100, [10_000]), -1n)).toThrow(RangeError);
  });

  it('splits exactly: Σ parts = floor(stake × bp / 10 000), the remainder only on the first tier with a share, for 10,000 random bets', () => {
    const r = random(20261219);
    for (let i = 0; i < 10_000; i++) {
      const tiers = r.int(1, 8);
      const cuts = Array.from({ length: tiers - 1 }, () => r.int(0, 10_000)).sort((a, b) => a - b);
      const shares = [...cuts, 10_000].map((cut, k) => cut - (k === 0 ? 0 : cuts[k - 1]!));
      const bp = r.int(1, 1_000);
      const stake = r.int(0, 3) === 0 ? BigInt(r.int(0, 999)) : r.big(62);
      const total = (stake * BigInt(bp)) / 10_000n;
      const parts = splitContribution(rule(bp, shares), stake);
      expect(parts.reduce((sum, part) => sum + part.amount, 0n)).toBe(total);
      expect(parts.every((part) => part.amount > 0n)).toBe(true);
      const first = shares.findIndex((share) => share > 0);
      for (const part of parts) {
        const k = Number(part.tierCode.slice(1));
        const floor = (total * BigInt(shares[k]!)) / 10_000n;
        if (k === first) expect(part.amount - floor).toBeLessThan(BigInt(tiers));
        else expect(part.amount).toBe(floor);
      }
    }
  });
});
