import { MoneyScalar, PageArgs, requirePlayer, toConnection } from '@casinox/graphql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { WalletContext } from '../context.js';
import { DepositConnection, DepositType } from './deposit.types.js';

@Resolver()
export class DepositResolver {
  @Mutation(() => DepositType, {
    description:
      'Starts a deposit (player sessions only): returns it PENDING with the checkout URL to pay at. The balance is credited once the provider confirms. Idempotent: the same key replays the first deposit; the same key with other arguments is IDEMPOTENCY_KEY_REUSED.',
  })
  startDeposit(
    @Arg('asset', () => String, { description: 'Asset code, e.g. USD.' }) asset: string,
    @Arg('amount', () => MoneyScalar, { description: 'Amount in the asset’s minor units, greater than zero.' })
    amount: bigint,
    @Arg('idempotencyKey', () => String, {
      description: 'Your unique key for this deposit (1–120 characters of A–Z a–z 0–9 _ . : -).',
    })
    idempotencyKey: string,
    @Arg('returnUrl', () => String, {
      nullable: true,
      description:
        'Where the checkout sends the player after paying or declining, with `checkout=approved|declined` added: a path on the player site (e.g. `/aurora/wallet`) or a URL of it. Anything else is INVALID_RETURN_URL. Without it the checkout ends on its own page.',
    })
    returnUrl: string | null,
    @Ctx() ctx: WalletContext,
  ): Promise<DepositType> {
    const player = requirePlayer(ctx);
    return ctx.services.deposits.start(player.tenantId, player.playerId, { asset, amount, idempotencyKey, returnUrl });
  }

  @Query(() => DepositType, {
    nullable: true,
    description: 'One of the signed-in player’s deposits, to follow its status (player sessions only).',
  })
  myDeposit(
    @Arg('id', () => ID, { description: 'The deposit id.' }) id: string,
    @Ctx() ctx: WalletContext,
  ): Promise<DepositType | null> {
    const player = requirePlayer(ctx);
    return ctx.services.deposits.find(player.tenantId, player.playerId, id);
  }

  @Query(() => DepositConnection, {
    description: 'The signed-in player’s deposits with their status, newest first (player sessions only).',
  })
  async myDeposits(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: WalletContext): Promise<DepositConnection> {
    const player = requirePlayer(ctx);
    return toConnection(await ctx.services.deposits.listMine(player.tenantId, player.playerId, page));
  }
}
