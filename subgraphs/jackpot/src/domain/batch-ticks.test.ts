import { describe, expect, it } from 'vitest';
import { type JackpotTick, type PoolChange, batchTicks, tickWindow } from './batch-ticks.js';
import { testRandom } from './test-random.js';

const SECOND = 1_767_225_600_000; // 2026-01-01T00:00:00Z, a whole second

const change = (at: number, pool: bigint, jackpotId = 'jp-1', tierCode = 'MINI'): PoolChange => ({
  jackpotId,
  tierCode,
  pool,
  at,
});

/** The most ticks of one jackpot inside any half-open second [t, t + 1000). */
function maxPerSlidingSecond(ticks: readonly JackpotTick[], jackpotId: string): number {
  const times = ticks.filter((tick) => tick.jackpotId === jackpotId).map((tick) => tick.emitAt);
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('batchTicks', () => {
  it.each([1, 3, 4, 7, 10])(
    'turns 10,000 changes in one second into %i ticks, the last carrying the final pool',
    (k) => {
      const changes = Array.from({ length: 10_000 }, (_, i) => change(SECOND + Math.floor(i / 10), BigInt(1_000 + i)));
      const ticks = batchTicks(changes, { maxPerSecond: k });
      expect(ticks).toHaveLength(k);
      expect(ticks.at(-1)).toEqual({
        jackpotId: 'jp-1',
        emitAt: SECOND + 1000,
        tiers: [{ tierCode: 'MINI', pool: 10_999n, at: SECOND + 999 }],
      });
      expect(maxPerSlidingSecond(ticks, 'jp-1')).toBeLessThanOrEqual(k);
    },
  );

  it('keeps at most K ticks in every sliding second for random bursts across many jackpots', () => {
    const random = testRandom(99);
    for (const k of [1, 2, 3, 5, 7, 30]) {
      const changes = Array.from({ length: 20_000 }, () =>
        change(
          SECOND + random.int(0, 9_999),
          random.below(1_000_000n),
          `jp-${random.int(1, 5)}`,
          random.int(0, 1) === 0 ? 'MINI' : 'MAJOR',
        ),
      );
      const ticks = batchTicks(changes, { maxPerSecond: k });
      for (let j = 1; j <= 5; j++) expect(maxPerSlidingSecond(ticks, `jp-${j}`)).toBeLessThanOrEqual(k);
      // Every tick is emitted after the changes it carries, by at most one window.
      for (const tick of ticks) for (const tier of tick.tiers) expect(tick.emitAt - tier.at).toBeGreaterThan(0);
      for (const tick of ticks)
        for (const tier of tick.tiers) expect(tick.emitAt - tier.at).toBeLessThanOrEqual(Math.ceil(1000 / k));
    }
  });

  it('lets the latest change of a window win, the later one in input order on equal times', () => {
    const ticks = batchTicks(
      [change(SECOND + 10, 5n), change(SECOND + 200, 9n), change(SECOND + 100, 7n), change(SECOND + 200, 8n)],
      { maxPerSecond: 4 },
    );
    expect(ticks).toEqual([
      { jackpotId: 'jp-1', emitAt: SECOND + 250, tiers: [{ tierCode: 'MINI', pool: 8n, at: SECOND + 200 }] },
    ]);
  });

  it('carries every tier changed in the window, and keeps jackpots apart', () => {
    const ticks = batchTicks(
      [
        change(SECOND + 1, 10n, 'jp-2', 'MINI'),
        change(SECOND + 2, 20n, 'jp-1', 'MINI'),
        change(SECOND + 3, 30n, 'jp-1', 'MAJOR'),
        change(SECOND + 600, 40n, 'jp-1', 'MAJOR'),
      ],
      { maxPerSecond: 2 },
    );
    expect(ticks).toEqual([
      {
        jackpotId: 'jp-1',
        emitAt: SECOND + 500,
        tiers: [
          { tierCode: 'MAJOR', pool: 30n, at: SECOND + 3 },
          { tierCode: 'MINI', pool: 20n, at: SECOND + 2 },
        ],
      },
      { jackpotId: 'jp-2', emitAt: SECOND + 500, tiers: [{ tierCode: 'MINI', pool: 10n, at: SECOND + 1 }] },
      { jackpotId: 'jp-1', emitAt: SECOND + 1000, tiers: [{ tierCode: 'MAJOR', pool: 40n, at: SECOND + 600 }] },
    ]);
  });

  it('emits nothing without changes', () => {
    expect(batchTicks([], { maxPerSecond: 4 })).toEqual([]);
  });

  it.each([0, 1.5, 1_001])('refuses %s ticks per second', (k) => {
    expect(() => batchTicks([change(SECOND, 1n)], { maxPerSecond: k })).toThrow(RangeError);
  });
});

describe('tickWindow', () => {
  it.each([
    // at, K, window, emitAt: windows of 1000/3 ms end at 334, 667, 1000 (rounded up)
    [0, 3, 0, 334],
    [333, 3, 0, 334],
    [334, 3, 1, 667],
    [666, 3, 1, 667],
    [667, 3, 2, 1000],
    [999, 3, 2, 1000],
    [1000, 3, 3, 1334],
    [SECOND + 250, 4, (SECOND / 1000) * 4 + 1, SECOND + 500],
    [SECOND, 1, SECOND / 1000, SECOND + 1000],
  ])('a change at %i with K = %i falls in window %i, emitted at %i', (at, k, window, emitAt) => {
    expect(tickWindow(at, k)).toEqual({ window, emitAt });
  });

  it.each([-1, 1.5, Number.MAX_SAFE_INTEGER])('refuses a change time of %s', (at) => {
    expect(() => tickWindow(at, 4)).toThrow(RangeError);
  });
});
