import { checkIdempotencyKey, isUuid, notFound, PageArgs, requireOperator, requirePlayer } from '@casinox/graphql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { BonusContext } from '../context.js';
import { toClaimResult, toGrantConnection, toGrantType } from './grant.mapping.js';
import { CancelResultType, ClaimResultType, GrantConnectionType, GrantType } from './grant.types.js';

@Resolver()
export class GrantResolver {
  @Mutation(() => ClaimResultType, {
    description:
      'Claims a bonus by campaign id or by its code (player sessions); the same idempotencyKey returns the first result.',
  })
  async claimBonus(
    @Arg('campaignId', () => ID, { nullable: true, description: 'The campaign (from availableBonuses).' })
    campaignId: string | null,
    @Arg('code', () => String, { nullable: true, description: 'The opt-in code (alone, it finds the campaign).' })
    code: string | null,
    @Arg('idempotencyKey', () => String, { description: 'Your key for this claim (1–120 of A–Z a–z 0–9 _ . : -).' })
    idempotencyKey: string,
    @Ctx() ctx: BonusContext,
  ): Promise<ClaimResultType> {
    const player = requirePlayer(ctx);
    checkIdempotencyKey(idempotencyKey);
    if (campaignId && !isUuid(campaignId))
      return toClaimResult({ ok: false, code: 'CAMPAIGN_NOT_FOUND', message: 'There is no such bonus.' });
    // Deposit bonuses (DEPOSIT_MATCH, RELOAD) are claimed before depositing: PENDING until the deposit arrives.
    return toClaimResult(
      await ctx.services.grants.claim(player.tenantId, player.playerId, { campaignId, code, idempotencyKey }),
    );
  }

  @Mutation(() => CancelResultType, {
    description:
      'Cancels your active bonus: its bonus money is forfeited and your next bonus starts (player sessions).',
  })
  async cancelBonus(@Arg('bonusId', () => ID) bonusId: string, @Ctx() ctx: BonusContext): Promise<CancelResultType> {
    const player = requirePlayer(ctx);
    const outcome = isUuid(bonusId)
      ? await ctx.services.grants.cancel(player.tenantId, player.playerId, bonusId)
      : null;
    if (!outcome) throw notFound('Bonus');
    return outcome.ok
      ? { ok: true, code: null, message: null, bonus: toGrantType(outcome.grant) }
      : { ok: false, code: outcome.code, message: outcome.message, bonus: toGrantType(outcome.grant) };
  }

  @Query(() => GrantType, {
    nullable: true,
    description:
      'One of your bonuses with its wagering progress (null when it is not yours; what bonusUpdated pushes).',
  })
  async myBonus(
    @Arg('id', () => ID, { description: 'The bonus id.' }) id: string,
    @Ctx() ctx: BonusContext,
  ): Promise<GrantType | null> {
    const player = requirePlayer(ctx);
    if (!isUuid(id)) return null;
    const grant = await ctx.services.grants.one(player.tenantId, id, player.playerId);
    return grant && toGrantType(grant);
  }

  @Query(() => GrantConnectionType, {
    description:
      "A player's bonuses with wagering progress, newest first (operators of the player's casino, any role; another casino's player has none).",
  })
  async playerBonuses(
    @Arg('playerId', () => ID, { description: 'The player.' }) playerId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BonusContext,
  ): Promise<GrantConnectionType> {
    const operator = requireOperator(ctx);
    if (!isUuid(playerId)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return toGrantConnection(await ctx.services.grants.page(operator.tenantId, playerId, page));
  }

  @Query(() => GrantConnectionType, {
    description: "The signed-in player's bonuses with wagering progress, newest first.",
  })
  async myBonuses(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: BonusContext): Promise<GrantConnectionType> {
    const player = requirePlayer(ctx);
    return toGrantConnection(await ctx.services.grants.page(player.tenantId, player.playerId, page));
  }
}
