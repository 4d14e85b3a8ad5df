import type { Principal } from '@casinox/auth';

/**
 * The tenant in which `principal` may read player `playerId`'s wallets, or null: a player reads
 * only their own; an operator (any role) reads players of the tenant they act in — row-level
 * security then scopes the query to that tenant, so another tenant's player shows nothing.
 */
export function canViewWallets(principal: Principal | null, playerId: string): string | null {
  if (!principal?.tenantId) return null;
  if (principal.kind === 'player') return principal.playerId === playerId ? principal.tenantId : null;
  if (principal.kind === 'operator' && principal.operatorId && principal.role) return principal.tenantId;
  return null;
}

/** Treasury balances are the tenant's own books: its operators only. */
/** The house's money is for the people who run it: OWNER, ADMIN and FINANCE of that tenant. */
const TREASURY_ROLES = new Set(['OWNER', 'ADMIN', 'FINANCE']);

export function canViewTreasury(principal: Principal | null, tenantId: string): boolean {
  return (
    principal?.kind === 'operator' &&
    !!principal.operatorId &&
    TREASURY_ROLES.has(principal.role ?? '') &&
    principal.tenantId === tenantId
  );
}
