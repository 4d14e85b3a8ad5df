import type { Principal } from '@casinox/auth';

/**
 * Player emails are personal data: the player sees their own, the tenant's staff and partners
 * holding players:read see their tenant's, platform administrators see all. Other players (a
 * leaderboard) see only display names.
 */
export function canSeePlayerEmail(principal: Principal | null, player: { id: string; tenantId: string }): boolean {
  if (!principal) return false;
  if (principal.platformAdmin) return true;
  if (principal.tenantId !== player.tenantId) return false;
  switch (principal.kind) {
    case 'player':
      return principal.playerId === player.id;
    case 'operator':
      return principal.operatorId !== null;
    case 'partner':
      return principal.scopes.includes('players:read');
  }
}
