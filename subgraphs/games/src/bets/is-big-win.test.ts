import { describe, expect, it } from 'vitest';
import { isBigWin } from './is-big-win.js';

describe('isBigWin', () => {
  it.each([
    [100n, 0n, false],
    [100n, 999n, false],
    [100n, 1000n, true],
    [100n, 35_00n, true],
    [1n, 10n, true],
  ])('stake %s, payout %s → %s', (stake, payout, expected) => {
    expect(isBigWin(stake, payout)).toBe(expected);
  });
});
