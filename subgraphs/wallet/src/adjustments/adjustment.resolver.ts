import { MoneyScalar, PageArgs, requireOperator, toConnection } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { WalletContext } from '../context.js';
import { playerRef } from '../wallets/player-ref.js';
import { PlayerWalletRef } from '../wallets/wallet.types.js';
import type { AdjustmentOutcome } from './adjustment-view.js';
import { AdjustmentConnection, AdjustmentFilter, AdjustmentResultType, AdjustmentType } from './adjustment.types.js';

const toResult = (outcome: AdjustmentOutcome): AdjustmentResultType => ({
  ok: outcome.problem === null,
  code: outcome.problem,
  message: outcome.message,
  adjustment: outcome.adjustment,
});
const keyArg = {
  description:
    'Your unique key for this action (1–120 characters of A–Z a–z 0–9 _ . : -). A replay returns the first answer, refusals included; the same key for another action is IDEMPOTENCY_KEY_REUSED.',
};
const idArg = { description: 'The adjustment id.' };

@Resolver(() => AdjustmentType)
export class AdjustmentResolver {
  @Mutation(() => AdjustmentResultType, {
    description:
      'Requests a manual credit or debit of a player’s cash (FINANCE, ADMIN or OWNER). Nothing moves until a different FINANCE operator approves it. Idempotent by key (per requesting operator); the same key with a different request is an IDEMPOTENCY_KEY_REUSED error.',
  })
  async requestAdjustment(
    @Arg('playerId', () => ID, { description: 'The player whose cash balance to adjust.' }) playerId: string,
    @Arg('asset', () => String, { description: 'Asset code, e.g. USD.' }) asset: string,
    @Arg('amount', () => MoneyScalar, {
      description: 'Signed amount in the asset’s minor units: positive credits, negative debits; never zero.',
    })
    amount: bigint,
    @Arg('reason', () => String, { description: 'Why, for the approver and the audit trail (3–500 characters).' })
    reason: string,
    @Arg('idempotencyKey', () => String, {
      description: 'Your unique key for this request (1–120 characters of A–Z a–z 0–9 _ . : -).',
    })
    idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentResultType> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return toResult(
      await ctx.services.adjustments.request(operator.tenantId, operator.operatorId, {
        playerId,
        asset,
        amount,
        reason,
        idempotencyKey,
      }),
    );
  }

  @Mutation(() => AdjustmentResultType, {
    description:
      'Approves and posts a pending adjustment (FINANCE or OWNER, never its requester: SAME_OPERATOR). A debit the player’s available balance cannot cover is refused with INSUFFICIENT_FUNDS and stays pending. Idempotent by key (per operator).',
  })
  async approveAdjustment(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(await ctx.services.adjustments.approve(operator.tenantId, operator.operatorId, id, idempotencyKey));
  }

  @Mutation(() => AdjustmentResultType, {
    description: 'Rejects a pending adjustment (FINANCE or OWNER); nothing moves. Idempotent by key (per operator).',
  })
  async rejectAdjustment(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('reason', () => String, { description: 'Why, for the audit trail (1–500 characters).' }) reason: string,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentResultType> {
    const operator = requireOperator(ctx, 'FINANCE');
    return toResult(
      await ctx.services.adjustments.reject(operator.tenantId, operator.operatorId, id, reason, idempotencyKey),
    );
  }

  @Query(() => AdjustmentConnection, {
    description:
      'The tenant’s adjustments awaiting approval, oldest first: the approvers’ work queue (FINANCE, ADMIN or OWNER).',
  })
  async adjustmentQueue(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentConnection> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return toConnection(
      await ctx.services.adjustments.list(operator.tenantId, { status: 'PENDING', order: 'OLDEST_FIRST' }, page),
    );
  }

  @Query(() => AdjustmentConnection, {
    description: 'The tenant’s adjustments in every status, newest first (FINANCE, ADMIN or OWNER).',
  })
  async adjustments(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AdjustmentFilter, { nullable: true, description: 'Only adjustments matching this.' })
    filter: AdjustmentFilter | null,
    @Ctx() ctx: WalletContext,
  ): Promise<AdjustmentConnection> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    return toConnection(
      await ctx.services.adjustments.list(operator.tenantId, { ...filter, order: 'NEWEST_FIRST' }, page),
    );
  }

  @FieldResolver(() => PlayerWalletRef, {
    nullable: true,
    description: 'The player whose balance it changes (their name and details come from identity).',
  })
  player(@Root() adjustment: AdjustmentType, @Ctx() ctx: WalletContext): PlayerWalletRef | null {
    return playerRef(ctx, adjustment.playerId);
  }
}
