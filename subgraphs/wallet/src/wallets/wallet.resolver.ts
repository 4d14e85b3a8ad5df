import { PageArgs, requirePlayer } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { WalletContext } from '../context.js';
import type { TransactionPage } from './wallet-query.service.js';
import {
  PlayerWalletRef,
  TenantTreasuryRef,
  TreasuryBalanceType,
  WalletTransactionConnection,
  WalletTransactionFilter,
  WalletType,
} from './wallet.types.js';

const toConnection = (page: TransactionPage): WalletTransactionConnection => ({
  edges: page.items,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
});

@Resolver(() => PlayerWalletRef)
export class PlayerWalletResolver {
  @FieldResolver(() => [WalletType], {
    description:
      "The player's balances, one per asset they have used (visible to the player and their tenant's operators).",
  })
  wallets(@Root() player: PlayerWalletRef, @Ctx() ctx: WalletContext): Promise<WalletType[]> {
    return ctx.services.queries.wallets(player.viewTenantId, player.id);
  }

  @FieldResolver(() => WalletTransactionConnection, { description: "The player's transactions, newest first." })
  async transactions(
    @Root() player: PlayerWalletRef,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WalletTransactionFilter, { nullable: true, description: 'Only transactions matching this.' })
    filter: WalletTransactionFilter | null,
    @Ctx() ctx: WalletContext,
  ): Promise<WalletTransactionConnection> {
    return toConnection(await ctx.services.queries.transactions(player.viewTenantId, player.id, filter ?? {}, page));
  }
}

@Resolver(() => TenantTreasuryRef)
export class TenantTreasuryResolver {
  @FieldResolver(() => [TreasuryBalanceType], {
    description:
      "The casino's own accounts by asset: house, jackpot pools, escrow, clearing, commission (operators of this tenant only).",
  })
  treasury(@Root() tenant: TenantTreasuryRef, @Ctx() ctx: WalletContext): Promise<TreasuryBalanceType[]> {
    return ctx.services.queries.treasury(tenant.id);
  }
}

@Resolver()
export class MyWalletResolver {
  @Query(() => [WalletType], { description: "The signed-in player's balances (player sessions only)." })
  myWallets(@Ctx() ctx: WalletContext): Promise<WalletType[]> {
    const player = requirePlayer(ctx);
    return ctx.services.queries.wallets(player.tenantId, player.playerId);
  }

  @Query(() => WalletTransactionConnection, {
    description: "The signed-in player's transactions, newest first (player sessions only).",
  })
  async myTransactions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => WalletTransactionFilter, { nullable: true, description: 'Only transactions matching this.' })
    filter: WalletTransactionFilter | null,
    @Ctx() ctx: WalletContext,
  ): Promise<WalletTransactionConnection> {
    const player = requirePlayer(ctx);
    return toConnection(await ctx.services.queries.transactions(player.tenantId, player.playerId, filter ?? {}, page));
  }
}
