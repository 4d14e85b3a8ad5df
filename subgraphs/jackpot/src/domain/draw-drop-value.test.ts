import { describe, expect, it } from 'vitest';
import { drawDropValue, dropClientSeed } from './draw-drop-value.js';
import { testRandom } from './test-random.js';

// Drop values from a separate Python implementation of the rule (HMAC from hashlib, rejection sampling
// over k words), with the platform's worked-example seed from docs/provably-fair.md.
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const COMMITMENT = '92caa6bd150d48346838fe84a83df523ffbea989ca8b29aa019bddf05e875958';

describe('drawDropValue', () => {
  it.each([
    ['jp-1', 'MINI', 1, 5_000n, 10_000n, 7_074n],
    ['jp-1', 'MINI', 2, 5_000n, 10_000n, 8_283n],
    ['jp-1', 'MAJOR', 1, 1_000_000n, 5_000_000n, 4_792_429n],
    ['jp-1', 'MINI', 1, 7n, 7n, 7n],
    ['jp-1', 'GRAND', 1, 10n ** 12n, 10n ** 18n, 845_172_337_721_563_588n], // a range beyond 2^32: two words
  ])(
    '%s %s seeding %i in [%s, %s] drops at %s',
    (jackpotId, tierCode, seedingNumber, minDropValue, maxDropValue, expected) => {
      expect(
        drawDropValue({ serverSeed: SERVER_SEED, jackpotId, tierCode, seedingNumber, minDropValue, maxDropValue }),
      ).toEqual({
        dropValue: expected,
        commitment: COMMITMENT,
        clientSeed: `${jackpotId}/${tierCode}/${seedingNumber}`,
        nonce: 0,
      });
    },
  );

  it('stays inside [min, max] and reaches both ends', () => {
    const random = testRandom(7);
    const seen = new Set<bigint>();
    for (let seeding = 1; seeding <= 2_000; seeding++) {
      const { dropValue } = drawDropValue({
        serverSeed: random.serverSeed(),
        jackpotId: 'jp',
        tierCode: 'MINI',
        seedingNumber: seeding,
        minDropValue: 100n,
        maxDropValue: 104n,
      });
      expect(dropValue >= 100n && dropValue <= 104n).toBe(true);
      seen.add(dropValue);
    }
    expect([...seen].sort()).toEqual([100n, 101n, 102n, 103n, 104n]);
  });

  it('is uniform over a range of 10 (χ² over 20,000 seedings below the 0.999 critical value)', () => {
    const counts = new Array<number>(10).fill(0);
    const draws = 20_000;
    for (let seeding = 1; seeding <= draws; seeding++) {
      const { dropValue } = drawDropValue({
        serverSeed: SERVER_SEED,
        jackpotId: 'uniform',
        tierCode: 'MINI',
        seedingNumber: seeding,
        minDropValue: 0n,
        maxDropValue: 9n,
      });
      counts[Number(dropValue)]! += 1;
    }
    const expected = draws / 10;
    const chiSquare = counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(27.88); // 9 degrees of freedom, p = 0.999
  });

  it('gives each seeding its own value: the client seed names the seeding', () => {
    const values = new Set(
      Array.from(
        { length: 50 },
        (_, i) =>
          drawDropValue({
            serverSeed: SERVER_SEED,
            jackpotId: 'jp',
            tierCode: 'MAJOR',
            seedingNumber: i + 1,
            minDropValue: 0n,
            maxDropValue: 10n ** 15n,
          }).dropValue,
      ),
    );
    expect(values.size).toBe(50);
  });

  it.each([
    ['an inverted range', { minDropValue: 10n, maxDropValue: 9n }],
    ['a negative minimum', { minDropValue: -1n, maxDropValue: 9n }],
    ['seeding 0', { seedingNumber: 0 }],
    ['a jackpot id with ":"', { jackpotId: 'a:b' }],
    ['a bad server seed', { serverSeed: 'not-hex' }],
  ])('refuses %s', (_label, patch) => {
    expect(() =>
      drawDropValue({
        serverSeed: SERVER_SEED,
        jackpotId: 'jp',
        tierCode: 'MINI',
        seedingNumber: 1,
        minDropValue: 0n,
        maxDropValue: 9n,
        ...patch,
      }),
    ).toThrow(RangeError);
  });

  it('builds the client seed from jackpot, tier and seeding', () => {
    expect(dropClientSeed('5f0c3f8e-0a7b-4c1e-9a53-0d1f2e3c4b5a', 'MAJOR', 12)).toBe(
      '5f0c3f8e-0a7b-4c1e-9a53-0d1f2e3c4b5a/MAJOR/12',
    );
  });
});
