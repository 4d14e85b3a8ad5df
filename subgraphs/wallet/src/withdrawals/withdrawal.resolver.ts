import { MoneyScalar, PageArgs, requireOperator, requirePlayer, toConnection } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WalletContext } from '../context.js';
import { playerRef } from '../wallets/player-ref.js';
import { PlayerWalletRef } from '../wallets/wallet.types.js';
import type { WithdrawalOutcome } from './withdrawal-view.js';
import { WithdrawalConnection, WithdrawalResultType, WithdrawalType } from './withdrawal.types.js';

const toResult = (outcome: WithdrawalOutcome): WithdrawalResultType => ({
  ok: outcome.problem === null,
  code: outcome.problem,
  message: outcome.message,
  withdrawal: outcome.withdrawal,
});
const keyArg = {
  description:
    'Your unique key for this action (1–120 characters of A–Z a–z 0–9 _ . : -). A replay returns the first answer, refusals included; the same key for another action is IDEMPOTENCY_KEY_REUSED.',
};
const idArg = { description: 'The withdrawal id.' };

@Resolver(() => WithdrawalType)
export class WithdrawalResolver {
  @Mutation(() => WithdrawalResultType, {
    description:
      'Asks for a payout (player sessions only). Holds the amount at once; above the tenant’s approval threshold it waits for two FINANCE approvals, otherwise it is paid out right away. Refusals (INSUFFICIENT_FUNDS, LIMIT_REACHED) are results. A player holding bonus money in the asset must confirm forfeiting it (forfeitBonus), else the error BONUS_FORFEIT_CONFIRMATION_REQUIRED. Idempotent by key: a replay returns the first answer, refusals included.',
  })
  async requestWithdrawal(
    @Arg('asset', () => String, { description: 'Asset code, e.g. USD.' }) asset: string,
    @Arg('amount', () => MoneyScalar, { description: 'Amount in the asset’s minor units, greater than zero.' })
    amount: bigint,
    @Arg('idempotencyKey', () => String, {
      description: 'Your unique key for this withdrawal (1–120 characters of A–Z a–z 0–9 _ . : -).',
    })
    idempotencyKey: string,
    @Arg('forfeitBonus', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'You confirm losing your bonus money in this asset. Without it, a player holding bonus money is refused with the error code BONUS_FORFEIT_CONFIRMATION_REQUIRED (extensions: forfeitAmount, asset) and nothing happens; with it, the bonus money goes back to the casino together with the request.',
    })
    forfeitBonus: boolean | null,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalResultType> {
    const player = requirePlayer(ctx);
    return toResult(
      await ctx.services.withdrawals.request(player.tenantId, player.playerId, {
        asset,
        amount,
        idempotencyKey,
        forfeitBonus,
      }),
    );
  }

  @Mutation(() => WithdrawalResultType, {
    description:
      'Cancels the signed-in player’s withdrawal while it awaits approval; the held amount is available again. Idempotent by key.',
  })
  async cancelWithdrawal(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalResultType> {
    const player = requirePlayer(ctx);
    return toResult(await ctx.services.withdrawals.cancel(player.tenantId, player.playerId, id, idempotencyKey));
  }

  @Mutation(() => WithdrawalResultType, {
    description:
      'Approves a withdrawal (FINANCE or OWNER). Two different operators must approve; the second approval sends it to the provider. Idempotent by key (per operator).',
  })
  async approveWithdrawal(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.withdrawals.approve(operator.tenantId, operator.operatorId, id, idempotencyKey));
  }

  @Mutation(() => WithdrawalResultType, {
    description:
      'Rejects a withdrawal awaiting approval (FINANCE or OWNER); the held amount is available to the player again. Idempotent by key (per operator).',
  })
  async rejectWithdrawal(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', () => String, { description: 'Why, for the player and the audit trail (1–500 characters).' })
    reason: string,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(
      await ctx.services.withdrawals.reject(operator.tenantId, operator.operatorId, id, reason, idempotencyKey),
    );
  }

  @Query(() => WithdrawalType, {
    nullable: true,
    description: 'One of the signed-in player’s withdrawals, to follow its status (player sessions only).',
  })
  myWithdrawal(@Arg('id', () => ID, idArg) id: string, @Ctx() ctx: WalletContext): Promise<WithdrawalType | null> {
    const player = requirePlayer(ctx);
    return ctx.services.withdrawals.find(player.tenantId, player.playerId, id);
  }

  @Query(() => WithdrawalConnection, {
    description: 'The signed-in player’s withdrawals with their status, newest first (player sessions only).',
  })
  async myWithdrawals(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: WalletContext): Promise<WithdrawalConnection> {
    const player = requirePlayer(ctx);
    return toConnection(await ctx.services.withdrawals.listMine(player.tenantId, player.playerId, page));
  }

  @Query(() => WithdrawalConnection, {
    description: 'The tenant’s withdrawals awaiting approval, oldest first (operators with FINANCE or OWNER).',
  })
  async withdrawalApprovalQueue(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalConnection> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toConnection(await ctx.services.withdrawals.approvalQueue(operator.tenantId, page));
  }

  @FieldResolver(() => PlayerWalletRef, {
    nullable: true,
    description: 'The player who asked for it (their name and details come from identity).',
  })
  player(@Root() withdrawal: WithdrawalType, @Ctx() ctx: WalletContext): PlayerWalletRef | null {
    return playerRef(ctx, withdrawal.playerId);
  }
}
