import { describe, expect, it } from 'vitest';
import { splitWin, type WinInput, type WinSplit } from './split-win.js';

describe('splitWin', () => {
  it.each<[string, WinInput, WinSplit]>([
    [
      'all-cash stake wins cash',
      { win: 2_000n, stakeFromCash: 1_000n, stakeFromBonus: 0n },
      { toCash: 2_000n, toBonus: 0n },
    ],
    [
      'all-bonus stake wins bonus',
      { win: 2_000n, stakeFromCash: 0n, stakeFromBonus: 1_000n },
      { toCash: 0n, toBonus: 2_000n },
    ],
    [
      'a 50/50 stake splits the win',
      { win: 2_000n, stakeFromCash: 500n, stakeFromBonus: 500n },
      { toCash: 1_000n, toBonus: 1_000n },
    ],
    ['the odd unit goes to cash', { win: 3n, stakeFromCash: 1n, stakeFromBonus: 1n }, { toCash: 2n, toBonus: 1n }],
    [
      'a third from bonus, rounding to cash',
      { win: 100n, stakeFromCash: 2n, stakeFromBonus: 1n },
      { toCash: 67n, toBonus: 33n },
    ],
    ['a loss (win 0) moves nothing', { win: 0n, stakeFromCash: 10n, stakeFromBonus: 10n }, { toCash: 0n, toBonus: 0n }],
    ['no stake at all: cash', { win: 5n, stakeFromCash: 0n, stakeFromBonus: 0n }, { toCash: 5n, toBonus: 0n }],
    [
      'one unit, half bonus: the unit stays cash',
      { win: 1n, stakeFromCash: 1n, stakeFromBonus: 1n },
      { toCash: 1n, toBonus: 0n },
    ],
    [
      'two thirds bonus rounds down',
      { win: 100n, stakeFromCash: 1n, stakeFromBonus: 2n },
      { toCash: 34n, toBonus: 66n },
    ],
    [
      'int64-sized amounts stay exact',
      { win: 9_000_000_000_000_000_000n, stakeFromCash: 1n, stakeFromBonus: 2n },
      { toCash: 3_000_000_000_000_000_000n, toBonus: 6_000_000_000_000_000_000n },
    ],
  ])('%s', (_case, input, expected) => {
    const split = splitWin(input);
    expect(split).toEqual(expected);
    expect(split.toCash + split.toBonus).toBe(input.win);
  });

  it('refuses negatives', () => {
    expect(() => splitWin({ win: -1n, stakeFromCash: 1n, stakeFromBonus: 0n })).toThrow(RangeError);
  });
});
