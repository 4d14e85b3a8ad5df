import { MoneyScalar, requireOperator } from '@casinox/graphql';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { WalletContext } from '../context.js';
import type { AdjustmentOutcome } from './adjustment.service.js';
import { AdjustmentResultType, AdjustmentType } from './adjustment.types.js';

const toResult = (outcome: AdjustmentOutcome): AdjustmentResultType => ({ ok: outcome.problem === null, code: outcome.problem, message: outcome.message, adjustment: outcome.adjustment });

@Resolver()
export class AdjustmentResolver {
  @Mutation(() => AdjustmentResultType, {
    description:
      'Requests a manual credit or debit of a player’s cash (FINANCE or OWNER). Nothing moves until a different FINANCE operator approves it. Idempotent by key (per requesting operator); the same key with a different request is an IDEMPOTENCY_KEY_REUSED error.',
  })
  async requestAdjustment(
    @Arg('playerId', () => ID, { description: 'The player whose cash balance to adjust.' }) playerId: string,
    @Arg('asset', () => String, { description: 'Asset code, e.g. USD.' }) asset: string,
    @Arg('amount', () => MoneyScalar, { description: 'Signed amount in the asset’s minor units: positive credits, negative debits; never zero.' }) amount: bigint,
    @Arg('reason', () => String, { description: 'Why, for the approver and the audit trail (3–500 characters).' }) reason: string,
    @Arg('idempotencyKey', () => String, { description: 'Your unique key for this request (1–120 characters of A–Z a–z 0–9 _ . : -).' }) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.adjustments.request(operator.tenantId, operator.operatorId, { playerId, asset, amount, reason, idempotencyKey }));
  }

  @Mutation(() => AdjustmentResultType, {
    description:
      'Approves and posts a pending adjustment (FINANCE or OWNER, never its requester: SAME_OPERATOR). A debit the player’s available balance cannot cover is refused with INSUFFICIENT_FUNDS and stays pending.',
  })
  async approveAdjustment(@Arg('id', () => ID, { description: 'The adjustment id.' }) id: string, @Ctx() ctx: WalletContext): Promise<AdjustmentResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.adjustments.approve(operator.tenantId, operator.operatorId, id));
  }

  @Mutation(() => AdjustmentResultType, { description: 'Rejects a pending adjustment (FINANCE or OWNER); nothing moves.' })
  async rejectAdjustment(
    @Arg('id', () => ID, { description: 'The adjustment id.' }) id: string,
    @Arg('reason', () => String, { description: 'Why, for the audit trail (1–500 characters).' }) reason: string,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.adjustments.reject(operator.tenantId, operator.operatorId, id, reason));
  }

  @Query(() => [AdjustmentType], { description: 'The tenant’s adjustments awaiting approval, oldest first (operators with FINANCE or OWNER).' })
  adjustmentQueue(@Arg('first', () => Int, { defaultValue: 50, description: 'How many to return (1–100).' }) first: number, @Ctx() ctx: WalletContext): Promise<AdjustmentType[]> {
    const operator = requireOperator(ctx, 'FINANCE');
    return ctx.services.adjustments.queue(operator.tenantId, Math.min(Math.max(first, 1), 100));
  }
}
