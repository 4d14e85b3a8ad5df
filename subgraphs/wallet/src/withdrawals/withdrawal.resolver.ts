import { MoneyScalar, requireOperator, requirePlayer } from '@casinox/graphql';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { WalletContext } from '../context.js';
import type { WithdrawalOutcome } from './withdrawal.service.js';
import { WithdrawalResultType, WithdrawalType } from './withdrawal.types.js';

const toResult = (outcome: WithdrawalOutcome): WithdrawalResultType => ({ ok: outcome.problem === null, code: outcome.problem, message: outcome.message, withdrawal: outcome.withdrawal });

@Resolver()
export class WithdrawalResolver {
  @Mutation(() => WithdrawalResultType, {
    description:
      'Asks for a payout (player sessions only). Holds the amount at once; above the tenant’s approval threshold it waits for two FINANCE approvals, otherwise it is paid out right away. Refusals (INSUFFICIENT_FUNDS, LIMIT_REACHED) are results. Idempotent by key.',
  })
  async requestWithdrawal(
    @Arg('asset', () => String, { description: 'Asset code, e.g. USD.' }) asset: string,
    @Arg('amount', () => MoneyScalar, { description: 'Amount in the asset’s minor units, greater than zero.' }) amount: bigint,
    @Arg('idempotencyKey', () => String, { description: 'Your unique key for this withdrawal (1–120 characters of A–Z a–z 0–9 _ . : -).' }) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalResultType> {
    const player = requirePlayer(ctx);
    return toResult(await ctx.services.withdrawals.request(player.tenantId, player.playerId, { asset, amount, idempotencyKey }));
  }

  @Mutation(() => WithdrawalResultType, { description: 'Cancels the signed-in player’s withdrawal while it awaits approval; the held amount is available again.' })
  async cancelWithdrawal(@Arg('id', () => ID, { description: 'The withdrawal id.' }) id: string, @Ctx() ctx: WalletContext): Promise<WithdrawalResultType> {
    const player = requirePlayer(ctx);
    return toResult(await ctx.services.withdrawals.cancel(player.tenantId, player.playerId, id));
  }

  @Mutation(() => WithdrawalResultType, { description: 'Approves a withdrawal (FINANCE or OWNER). Two different operators must approve; the second approval sends it to the provider.' })
  async approveWithdrawal(@Arg('id', () => ID, { description: 'The withdrawal id.' }) id: string, @Ctx() ctx: WalletContext): Promise<WithdrawalResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.withdrawals.approve(operator.tenantId, operator.operatorId, id));
  }

  @Mutation(() => WithdrawalResultType, { description: 'Rejects a withdrawal awaiting approval (FINANCE or OWNER); the held amount is available to the player again.' })
  async rejectWithdrawal(
    @Arg('id', () => ID, { description: 'The withdrawal id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why, for the player and the audit trail (1–500 characters).' }) reason: string,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.withdrawals.reject(operator.tenantId, operator.operatorId, id, reason));
  }

  @Query(() => WithdrawalType, { nullable: true, description: 'One of the signed-in player’s withdrawals, to follow its status (player sessions only).' })
  myWithdrawal(@Arg('id', () => ID, { description: 'The withdrawal id.' }) id: string, @Ctx() ctx: WalletContext): Promise<WithdrawalType | null> {
    const player = requirePlayer(ctx);
    return ctx.services.withdrawals.find(player.tenantId, player.playerId, id);
  }

  @Query(() => [WithdrawalType], { description: 'The tenant’s withdrawals awaiting approval, oldest first (operators with FINANCE or OWNER).' })
  withdrawalApprovalQueue(
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many to return (1–100).' }) first: number,
    @Ctx() ctx: WalletContext,
  ): Promise<WithdrawalType[]> {
    const operator = requireOperator(ctx, 'FINANCE');
    return ctx.services.withdrawals.approvalQueue(operator.tenantId, Math.min(Math.max(first, 1), 100));
  }
}
