/**
 * Which groups of bet steps go to the database as ONE statement (games.place_all, games.settle_all:
 * see the group-bet-steps migration); any other group goes item by item.
 */

/**
 * The tenant of a group of placements that may go as ONE statement (games.place_all): every item of
 * that tenant, computed from assumptions, each of another player; null otherwise (item by item).
 */
export function placementGroupTenant(items: readonly Record<string, unknown>[]): string | null {
  const tenantId = items[0]?.tenantId;
  if (typeof tenantId !== 'string') return null;
  const players = new Set<unknown>();
  for (const item of items) {
    if (item.tenantId !== tenantId || item.assumed === undefined || item.id === undefined || players.has(item.playerId)) return null;
    players.add(item.playerId);
  }
  return tenantId;
}

/**
 * The tenant of a group of transitions that may go as ONE statement (games.settle_all): every item
 * of that tenant, to SETTLED or REJECTED, each bet once; null otherwise (item by item).
 */
export function settlementGroupTenant(items: readonly Record<string, unknown>[]): string | null {
  const tenantId = items[0]?.tenantId;
  if (typeof tenantId !== 'string') return null;
  const bets = new Set<unknown>();
  for (const item of items) {
    if (item.tenantId !== tenantId || (item.to !== 'SETTLED' && item.to !== 'REJECTED') || bets.has(item.betId)) return null;
    bets.add(item.betId);
  }
  return tenantId;
}
