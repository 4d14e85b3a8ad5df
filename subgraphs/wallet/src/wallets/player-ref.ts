import type { WalletContext } from '../context.js';
import { canViewWallets } from './can-view-wallets.js';
import { PlayerWalletRef } from './wallet.types.js';

/**
 * The federated Player a wallet row belongs to, as the caller may see it: identity resolves its
 * name, and the wallet's own Player fields read in the caller's tenant. Null when the caller may
 * not read that player.
 */
export function playerRef(ctx: WalletContext, playerId: string): PlayerWalletRef | null {
  const tenantId = canViewWallets(ctx.principal, playerId);
  return tenantId ? Object.assign(new PlayerWalletRef(), { id: playerId, viewTenantId: tenantId }) : null;
}
