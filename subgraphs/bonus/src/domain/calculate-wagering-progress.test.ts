import { describe, expect, it } from 'vitest';
import {
  applyBet,
  calculateContribution,
  calculateWageringRequired,
  contributionWeightFor,
  startWagering,
  wageringPercent,
  type SettledBet,
  type WageringProgress,
  type WageringRules,
} from './calculate-wagering-progress.js';

const rules: WageringRules = { asset: 'EUR', contributionWeights: { SLOTS: 100, ROULETTE: 10, DICE: 0, LIMBO: 50 } };
const bet = (game: string, stake: bigint, asset = 'EUR'): SettledBet => ({ game, asset, stake });

describe('calculateWageringRequired', () => {
  it.each<[bigint, number, bigint]>([
    [10_000n, 10, 100_000n],
    [10_000n, 1, 10_000n],
    [10_000n, 0, 0n],
    [0n, 10, 0n],
    [9_007_199_254_740_993n, 3, 27_021_597_764_222_979n],
  ])('%s × %s = %s', (bonus, multiplier, expected) => {
    expect(calculateWageringRequired(bonus, multiplier)).toBe(expected);
  });

  it.each<[bigint, number]>([
    [-1n, 10],
    [100n, -1],
    [100n, 1.5],
  ])('refuses bonus %s × %s', (bonus, multiplier) => {
    expect(() => calculateWageringRequired(bonus, multiplier)).toThrow(RangeError);
  });
});

describe('contributionWeightFor', () => {
  it.each<[string, number]>([
    ['SLOTS', 100],
    ['ROULETTE', 10],
    ['DICE', 0],
    ['MINES', 0],
    ['POKER', 0],
    ['toString', 0],
  ])('%s weighs %s', (game, weight) => {
    expect(contributionWeightFor(rules.contributionWeights, game)).toBe(weight);
  });
});

describe('calculateContribution', () => {
  it.each<[string, SettledBet, bigint]>([
    ['slots count in full', bet('SLOTS', 1_000n), 1_000n],
    ['roulette counts 10 %', bet('ROULETTE', 1_000n), 100n],
    ['roulette rounds down', bet('ROULETTE', 19n), 1n],
    ['roulette under 10 minor units adds nothing', bet('ROULETTE', 9n), 0n],
    ['limbo at 50 % of an odd stake floors', bet('LIMBO', 3n), 1n],
    ['dice weighted 0 is excluded', bet('DICE', 1_000n), 0n],
    ['mines without a weight is excluded', bet('MINES', 1_000n), 0n],
    ['a bet in another asset does not count', bet('SLOTS', 1_000n, 'USD'), 0n],
    ['a zero stake adds nothing', bet('SLOTS', 0n), 0n],
  ])('%s', (_case, settled, expected) => {
    expect(calculateContribution(settled, rules)).toBe(expected);
  });

  it('refuses a negative stake', () => {
    expect(() => calculateContribution(bet('SLOTS', -1n), rules)).toThrow(RangeError);
  });

  it('refuses a corrupt weight', () => {
    expect(() =>
      calculateContribution(bet('SLOTS', 1n), { asset: 'EUR', contributionWeights: { SLOTS: 150 } }),
    ).toThrow(RangeError);
  });
});

describe('applyBet', () => {
  const progress = (wagered: bigint, required = 1_000n): WageringProgress => ({ required, wagered });

  it.each<
    [string, WageringProgress, SettledBet, { wagered: bigint; contributed: bigint; met: boolean; justMet: boolean }]
  >([
    [
      'a slots bet moves progress',
      progress(0n),
      bet('SLOTS', 300n),
      { wagered: 300n, contributed: 300n, met: false, justMet: false },
    ],
    [
      'a roulette bet moves it by 10 %',
      progress(0n),
      bet('ROULETTE', 300n),
      { wagered: 30n, contributed: 30n, met: false, justMet: false },
    ],
    [
      'an excluded game leaves it',
      progress(500n),
      bet('DICE', 10_000n),
      { wagered: 500n, contributed: 0n, met: false, justMet: false },
    ],
    [
      'landing exactly on the requirement meets it',
      progress(700n),
      bet('SLOTS', 300n),
      { wagered: 1_000n, contributed: 300n, met: true, justMet: true },
    ],
    [
      'one unit short is not met',
      progress(700n),
      bet('SLOTS', 299n),
      { wagered: 999n, contributed: 299n, met: false, justMet: false },
    ],
    [
      'overshoot is kept and meets it',
      progress(900n),
      bet('SLOTS', 5_000n),
      { wagered: 5_900n, contributed: 5_000n, met: true, justMet: true },
    ],
    [
      'after it is met, no bet crosses the line again',
      progress(1_200n),
      bet('SLOTS', 100n),
      { wagered: 1_300n, contributed: 100n, met: true, justMet: false },
    ],
    [
      'roulette rounding can leave it one short',
      progress(990n),
      bet('ROULETTE', 99n),
      { wagered: 999n, contributed: 9n, met: false, justMet: false },
    ],
    [
      'nothing required: met, but never "just" by a bet',
      progress(0n, 0n),
      bet('SLOTS', 100n),
      { wagered: 100n, contributed: 100n, met: true, justMet: false },
    ],
  ])('%s', (_case, before, settled, expected) => {
    const result = applyBet(before, settled, rules);
    expect({
      wagered: result.progress.wagered,
      contributed: result.contributed,
      met: result.met,
      justMet: result.justMet,
    }).toEqual(expected);
    expect(result.progress.required).toBe(before.required);
  });

  it('does not mutate the progress it is given', () => {
    const before = progress(100n);
    applyBet(before, bet('SLOTS', 100n), rules);
    expect(before).toEqual(progress(100n));
  });

  it.each<[string, number]>([
    ['SLOTS', 100],
    ['ROULETTE', 1_000],
    ['LIMBO', 200],
  ])('a bonus of 100 at 10× is met on %s after %s bets of 10', (game, expectedBets) => {
    let progress = startWagering(100n, 10);
    let bets = 0;
    let met = false;
    while (!met && bets < 10_000) {
      const result = applyBet(progress, bet(game, 10n), rules);
      progress = result.progress;
      met = result.met;
      bets += 1;
    }
    expect(bets).toBe(expectedBets);
    expect(progress).toEqual({ required: 1_000n, wagered: 1_000n });
  });
});

describe('wageringPercent', () => {
  it.each<[bigint, bigint, number]>([
    [0n, 1_000n, 0],
    [9n, 1_000n, 0],
    [10n, 1_000n, 1],
    [999n, 1_000n, 99],
    [1_000n, 1_000n, 100],
    [5_000n, 1_000n, 100],
    [0n, 0n, 100],
    [1n, 3n, 33],
  ])('%s of %s is %s %', (wagered, required, percent) => {
    expect(wageringPercent({ wagered, required })).toBe(percent);
  });
});
