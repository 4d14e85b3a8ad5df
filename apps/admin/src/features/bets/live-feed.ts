/** How many bets the live feed keeps on screen: enough to read, few enough to stay fast at high bet rates. */
export const LIVE_FEED_CAP = 200;

export interface LiveFeed<T extends { id: string }> {
  /** Newest first, at most the cap. */
  bets: T[];
  /** Bets received since the feed opened (never capped): pausing compares it to count what waits. */
  received: number;
}

export const EMPTY_FEED: LiveFeed<never> = { bets: [], received: 0 };

/** A bet's place in the casino's settlement order (the bet.settled sequence), when known. */
const position = (bet: { sequence?: string | null }): bigint | null =>
  bet.sequence && /^\d+$/.test(bet.sequence) ? BigInt(bet.sequence) : null;

/**
 * A settled bet arrives: it goes above every bet settled before it — on top, unless a bet settled
 * later already arrived (events are fetched concurrently, so arrival order is not settlement
 * order); a bet already listed (a reconnect may deliver it again) is replaced, never shown twice;
 * the oldest fall off past the cap.
 */
export function addToFeed<T extends { id: string; sequence?: string | null }>(
  feed: LiveFeed<T>,
  bet: T,
  cap: number = LIVE_FEED_CAP,
): LiveFeed<T> {
  const rest = feed.bets.filter((b) => b.id !== bet.id);
  const at = position(bet);
  let index = 0;
  if (at !== null) {
    while (index < rest.length && (position(rest[index]!) ?? -1n) > at) index += 1;
  }
  return {
    bets: [...rest.slice(0, index), bet, ...rest.slice(index)].slice(0, Math.max(0, cap)),
    received: feed.received + 1,
  };
}

/**
 * What the screen lists: the bets that arrived live on top of the ones loaded when the feed opened
 * (newest first each), without duplicates, at most `cap`.
 */
export function feedRows<T extends { id: string }>(
  live: readonly T[],
  recent: readonly T[],
  cap: number = LIVE_FEED_CAP,
): T[] {
  const seen = new Set(live.map((b) => b.id));
  return [...live, ...recent.filter((b) => !seen.has(b.id))].slice(0, Math.max(0, cap));
}

/** Bets that arrived while the operator paused the feed (shown when they resume). */
export function waitingWhilePaused(feed: LiveFeed<{ id: string }>, frozen: LiveFeed<{ id: string }> | null): number {
  return frozen ? Math.max(0, feed.received - frozen.received) : 0;
}
