import 'reflect-metadata';
import { buildFederatedSchema, type ReferenceResolvers } from '@casinox/graphql';
import { AdjustmentResolver } from './adjustments/adjustment.resolver.js';
import type { WalletContext } from './context.js';
import { DepositResolver } from './deposits/deposit.resolver.js';
import { ReconciliationResolver } from './reconciliation/reconciliation.resolver.js';
import { WalletSettingsResolver } from './settings/wallet-settings.resolver.js';
import { WithdrawalResolver } from './withdrawals/withdrawal.resolver.js';
import { canViewTreasury } from './wallets/can-view-wallets.js';
import { playerRef } from './wallets/player-ref.js';
import { MyWalletResolver, PlayerWalletResolver, TenantTreasuryResolver } from './wallets/wallet.resolver.js';
import { PlayerWalletRef, TenantTreasuryRef } from './wallets/wallet.types.js';

interface Reference {
  id: string;
}

/**
 * The wallet resolves its fields of identity's Player and Tenant. A reference the caller may not
 * read (another player, another tenant's player or tenant) resolves to nothing (null), so no
 * wallet field is ever computed for it.
 */
const referenceResolvers = {
  Player: {
    __resolveReference: (reference: Reference, ctx: WalletContext) => playerRef(ctx, reference.id),
  },
  Tenant: {
    __resolveReference: (reference: Reference, ctx: WalletContext) =>
      canViewTreasury(ctx.principal, reference.id)
        ? Object.assign(new TenantTreasuryRef(), { id: reference.id })
        : null,
  },
} satisfies ReferenceResolvers;

export function buildWalletSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        PlayerWalletResolver,
        TenantTreasuryResolver,
        MyWalletResolver,
        DepositResolver,
        WithdrawalResolver,
        AdjustmentResolver,
        ReconciliationResolver,
        WalletSettingsResolver,
      ],
      orphanedTypes: [PlayerWalletRef, TenantTreasuryRef],
    },
    referenceResolvers,
  );
}
