import { MoneyScalar, requirePlayer } from '@casinox/graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { WalletContext } from '../context.js';
import { DepositType } from './deposit.types.js';

@Resolver()
export class DepositResolver {
  @Mutation(() => DepositType, {
    description:
      'Starts a deposit (player sessions only): returns it PENDING with the checkout URL to pay at. The balance is credited once the provider confirms. Idempotent: the same key replays the first deposit; the same key with other arguments is IDEMPOTENCY_KEY_REUSED.',
  })
  startDeposit(
    @Arg('asset', () => String, { description: 'Asset code, e.g. USD.' }) asset: string,
    @Arg('amount', () => MoneyScalar, { description: 'Amount in the asset’s minor units, greater than zero.' }) amount: bigint,
    @Arg('idempotencyKey', () => String, { description: 'Your unique key for this deposit (1–120 characters of A–Z a–z 0–9 _ . : -).' }) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<DepositType> {
    const player = requirePlayer(ctx);
    return ctx.services.deposits.start(player.tenantId, player.playerId, { asset, amount, idempotencyKey });
  }

  @Query(() => DepositType, { nullable: true, description: 'One of the signed-in player’s deposits, to follow its status (player sessions only).' })
  myDeposit(@Arg('id', () => ID, { description: 'The deposit id.' }) id: string, @Ctx() ctx: WalletContext): Promise<DepositType | null> {
    const player = requirePlayer(ctx);
    return ctx.services.deposits.find(player.tenantId, player.playerId, id);
  }
}
