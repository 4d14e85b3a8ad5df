/**
 * What a partner key may be granted. Names are `<area>:<access>`; the subgraph that owns each area
 * enforces it with requireScope. Adding a scope is backwards compatible; renaming one is not.
 */
export const API_KEY_SCOPES = [
  { name: 'players:read', description: 'Read players of the tenant (ids, names, status).' },
  { name: 'wallet:read', description: 'Read balances and the transaction history.' },
  { name: 'bets:read', description: 'Read bets and their outcomes.' },
  { name: 'reports:read', description: 'Read KPI and financial reports.' },
] as const;

export type ApiKeyScopeName = (typeof API_KEY_SCOPES)[number]['name'];

export const API_KEY_SCOPE_NAMES: readonly string[] = API_KEY_SCOPES.map((scope) => scope.name);
