import { describe, expect, it } from 'vitest';
import { checkMustDrop } from './check-must-drop.js';
import { drawDropValue } from './draw-drop-value.js';
import { testRandom } from './test-random.js';

describe('checkMustDrop', () => {
  it.each([
    // poolBefore, contribution, dropValue, drops, poolAfter
    ['below the value', 900n, 50n, 1_000n, false, 950n],
    ['reaching the value exactly', 950n, 50n, 1_000n, true, 1_000n],
    ['crossing the value', 990n, 50n, 1_000n, true, 1_040n],
    ['one unit short', 949n, 50n, 1_000n, false, 999n],
    ['a one-unit contribution that reaches it', 999n, 1n, 1_000n, true, 1_000n],
    ['no contribution at the value', 1_000n, 0n, 1_000n, false, 1_000n],
    ['no contribution below the value', 999n, 0n, 1_000n, false, 999n],
    ['a carried-over pool past the value, next contributing bet', 1_200n, 1n, 1_000n, true, 1_201n],
  ])('%s: %s + %s against %s', (_label, poolBefore, contribution, dropValue, drops, poolAfter) => {
    expect(checkMustDrop({ poolBefore, contribution, dropValue })).toEqual({ drops, poolAfter });
  });

  it('refuses negative amounts', () => {
    expect(() => checkMustDrop({ poolBefore: -1n, contribution: 1n, dropValue: 10n })).toThrow(RangeError);
    expect(() => checkMustDrop({ poolBefore: 1n, contribution: -1n, dropValue: 10n })).toThrow(RangeError);
  });

  it('always drops at or before the pool reaches the maximum, on the first bet that reaches the drop value (1,000 random seedings)', () => {
    const random = testRandom(424242);
    for (let seeding = 1; seeding <= 1_000; seeding++) {
      const seedAmount = random.below(10_000n);
      const minDropValue = seedAmount + 1n + random.below(5_000n);
      const maxDropValue = minDropValue + random.below(random.int(0, 1) === 0 ? 10n : 50_000n);
      const { dropValue } = drawDropValue({
        serverSeed: random.serverSeed(),
        jackpotId: 'property',
        tierCode: 'MINI',
        seedingNumber: seeding,
        minDropValue,
        maxDropValue,
      });

      let pool = seedAmount;
      let dropped = false;
      for (let bet = 0; !dropped; bet++) {
        // Contributions of every size, zeros (tiny stakes, other games) included; some larger than the range.
        const kind = random.int(0, 9);
        const contribution = kind < 2 ? 0n : kind < 9 ? random.below(200n) : random.below(20_000n);
        const check = checkMustDrop({ poolBefore: pool, contribution, dropValue });
        // A bet that leaves the pool at or past the maximum without a drop would break the promise.
        if (!check.drops) expect(check.poolAfter).toBeLessThan(maxDropValue);
        expect(check.drops).toBe(contribution > 0n && check.poolAfter >= dropValue);
        expect(pool).toBeLessThan(dropValue); // never a pool at the value without a drop before
        dropped = check.drops;
        pool = check.poolAfter;
        expect(bet).toBeLessThan(100_000);
      }
      expect(pool >= dropValue).toBe(true);
    }
  });
});
