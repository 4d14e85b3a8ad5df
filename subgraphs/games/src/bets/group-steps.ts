/**
 * Which groups of bet steps go to the database as one statement per tenant (games.place_all,
 * games.settle_all: see sql/place_all.sql, sql/settle_all.sql); any other group goes item by item.
 */

/** Placements: every bet computed from assumptions, and no player twice (one compare-and-set per seed pair). */
export function placementsAtOnce(items: readonly Record<string, unknown>[]): boolean {
  const players = new Set<string>();
  for (const item of items) {
    const player = `${String(item.tenantId)}|${String(item.playerId)}`;
    if (item.assumed === undefined || item.id === undefined || players.has(player)) return false;
    players.add(player);
  }
  return items.length > 0;
}

/** Settlements: every item to SETTLED or REJECTED (a round opening or cashing out keeps its marker bookkeeping), no bet twice. */
export function settlementsAtOnce(items: readonly Record<string, unknown>[]): boolean {
  const bets = new Set<unknown>();
  for (const item of items) {
    if ((item.to !== 'SETTLED' && item.to !== 'REJECTED') || bets.has(item.betId)) return false;
    bets.add(item.betId);
  }
  return items.length > 0;
}
