import { describe, expect, it } from 'vitest';
import { diceOdds, dicePayout, diceTargetBounds } from './dice-odds';

describe('diceOdds', () => {
  it.each([
    ['50', 'UNDER', 0.99, { targetHundredths: 5000, winningRolls: 5000, chance: '50.00', multiplier: '1.9800' }],
    ['50.50', 'OVER', 0.99, { targetHundredths: 5050, winningRolls: 4949, chance: '49.49', multiplier: '2.0004' }],
    ['98', 'UNDER', 0.99, { targetHundredths: 9800, winningRolls: 9800, chance: '98.00', multiplier: '1.0102' }],
    ['0.01', 'UNDER', 0.99, { targetHundredths: 1, winningRolls: 1, chance: '0.01', multiplier: '9900.0000' }],
    ['99.98', 'OVER', 0.98, { targetHundredths: 9998, winningRolls: 1, chance: '0.01', multiplier: '9800.0000' }],
    ['5', 'UNDER', 0.99, { targetHundredths: 500, winningRolls: 500, chance: '5.00', multiplier: '19.8000' }],
  ] as const)('%s %s at RTP %s', (target, direction, rtp, expected) => {
    expect(diceOdds(target, direction, rtp)).toEqual({ ok: true, ...expected });
  });

  it.each([
    ['98.01', 'UNDER', 'Roll under takes a target from 0.01 to 98.00.'],
    ['0', 'UNDER', 'Roll under takes a target from 0.01 to 98.00.'],
    ['1.98', 'OVER', 'Roll over takes a target from 1.99 to 99.98.'],
    ['99.99', 'OVER', 'Roll over takes a target from 1.99 to 99.98.'],
    ['50.123', 'OVER', 'Enter a target from 0.01 to 99.98 with at most 2 decimals.'],
    ['abc', 'OVER', 'Enter a target from 0.01 to 99.98 with at most 2 decimals.'],
    ['100', 'UNDER', 'Enter a target from 0.01 to 99.98 with at most 2 decimals.'],
  ] as const)('refuses %s for %s', (target, direction, problem) => {
    expect(diceOdds(target, direction, 0.99)).toEqual({ ok: false, problem });
  });

  it('bounds match the documented win chances (0.01 %–98 %)', () => {
    expect(diceTargetBounds('OVER')).toEqual({ min: 199, max: 9998 });
    expect(diceTargetBounds('UNDER')).toEqual({ min: 1, max: 9800 });
  });
});

describe('dicePayout', () => {
  it.each([
    [100n, 5000, 0.99, 198n],
    [100n, 4949, 0.99, 200n],
    [1n, 1, 0.99, 9900n],
    [333n, 9800, 0.98, 333n],
  ])('stake %s with %i winning rolls at RTP %s pays %s', (stake, w, rtp, payout) => {
    expect(dicePayout(stake, w, rtp)).toBe(payout);
  });
});
