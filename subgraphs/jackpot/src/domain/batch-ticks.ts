/**
 * Batches live `jackpotUpdated` ticks: however many bets move a jackpot's pools, subscribers get at most
 * K ticks per second per jackpot (docs/architecture.md §6: small payloads, no per-bet fan-out).
 *
 * Time (epoch milliseconds, integers) is cut into fixed windows of 1000/K ms: window w = floor(at·K/1000)
 * covers [w·1000/K, (w+1)·1000/K). For each jackpot, every window that saw a change yields one tick,
 * emitted at the window's end, emitAt = ceil((w+1)·1000/K), carrying for each tier changed in the window
 * its latest pool (greatest `at`; on equal `at`, the later change in the input — the order of commit).
 *
 * Why at most K per second: emitAt(w + K) = emitAt(w) + 1000 exactly, so any K + 1 ticks of a jackpot
 * span at least 1000 ms, and every half-open second [t, t + 1000) holds at most K of them.
 * Latency: a change is shown at most ceil(1000/K) ms after it happened, and the last change of a burst
 * is always shown (its window emits). Windows are aligned to the epoch, not to the first change, so
 * the function is stateless: any replica, given the same changes, emits the same ticks at the same
 * times. Output is ordered by emitAt, then jackpotId; tiers by code.
 * Pure.
 */
export interface PoolChange {
  readonly jackpotId: string;
  readonly tierCode: string;
  /** The tier's pool after the change, minor units. */
  readonly pool: bigint;
  /** When the change was committed, epoch milliseconds. */
  readonly at: number;
}

export interface TierPool {
  readonly tierCode: string;
  readonly pool: bigint;
  readonly at: number;
}

export interface JackpotTick {
  readonly jackpotId: string;
  readonly emitAt: number;
  readonly tiers: readonly TierPool[];
}

export const MAX_TICKS_PER_SECOND = 1000;

/** The window a change falls in and when its tick goes out. */
export function tickWindow(at: number, maxPerSecond: number): { readonly window: number; readonly emitAt: number } {
  checkRate(maxPerSecond);
  if (!Number.isSafeInteger(at) || at < 0)
    throw new RangeError(`A change time must be a non-negative integer of milliseconds, got ${at}.`);
  const scaled = at * maxPerSecond;
  if (!Number.isSafeInteger(scaled))
    throw new RangeError(`A change time of ${at} ms is beyond what the window arithmetic covers.`);
  const window = (scaled - (scaled % 1000)) / 1000;
  const end = (window + 1) * 1000 + maxPerSecond - 1;
  return { window, emitAt: (end - (end % maxPerSecond)) / maxPerSecond };
}

export function batchTicks(changes: readonly PoolChange[], options: { readonly maxPerSecond: number }): JackpotTick[] {
  checkRate(options.maxPerSecond);
  // jackpotId → window → tierCode → latest change
  const byJackpot = new Map<string, Map<number, { emitAt: number; tiers: Map<string, PoolChange> }>>();
  for (const change of changes) {
    const { window, emitAt } = tickWindow(change.at, options.maxPerSecond);
    const windows =
      byJackpot.get(change.jackpotId) ?? new Map<number, { emitAt: number; tiers: Map<string, PoolChange> }>();
    byJackpot.set(change.jackpotId, windows);
    const slot = windows.get(window) ?? { emitAt, tiers: new Map<string, PoolChange>() };
    windows.set(window, slot);
    const current = slot.tiers.get(change.tierCode);
    if (!current || change.at >= current.at) slot.tiers.set(change.tierCode, change);
  }
  const ticks: JackpotTick[] = [];
  for (const [jackpotId, windows] of byJackpot) {
    for (const { emitAt, tiers } of windows.values()) {
      const pools = [...tiers.values()]
        .map(({ tierCode, pool, at }) => ({ tierCode, pool, at }))
        .sort((a, b) => compare(a.tierCode, b.tierCode));
      ticks.push({ jackpotId, emitAt, tiers: pools });
    }
  }
  return ticks.sort((a, b) => a.emitAt - b.emitAt || compare(a.jackpotId, b.jackpotId));
}

function checkRate(maxPerSecond: number): void {
  if (!Number.isInteger(maxPerSecond) || maxPerSecond < 1 || maxPerSecond > MAX_TICKS_PER_SECOND) {
    throw new RangeError(`maxPerSecond must be an integer from 1 to ${MAX_TICKS_PER_SECOND}, got ${maxPerSecond}.`);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
