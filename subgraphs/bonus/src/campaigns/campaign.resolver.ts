import { isUuid, notFound, PageArgs, requireOperator, requirePlayer } from '@casinox/graphql';
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { BonusContext } from '../context.js';
import type { CampaignKind, CampaignStatus } from '../domain/index.js';
import { toCampaignDraft, toCampaignType } from './campaign.mapping.js';
import {
  BonusSettingsType,
  CampaignConnectionType,
  CampaignInput,
  CampaignKindEnum,
  CampaignStatusEnum,
  CampaignType,
} from './campaign.types.js';

@Resolver()
export class CampaignResolver {
  @Mutation(() => CampaignType, {
    description:
      'Creates a campaign, open for claims at once (OWNER, ADMIN). Invalid input: BAD_USER_INPUT listing every bad field.',
  })
  async createBonusCampaign(
    @Arg('input', () => CampaignInput) input: CampaignInput,
    @Ctx() ctx: BonusContext,
  ): Promise<CampaignType> {
    const operator = requireOperator(ctx, 'ADMIN');
    return toCampaignType(
      await ctx.services.campaigns.create(operator.tenantId, operator.operatorId, {
        ...toCampaignDraft(input),
        status: 'ACTIVE',
      }),
      true,
    );
  }

  @Mutation(() => CampaignType, {
    description: 'Replaces a campaign’s terms; bonuses already claimed keep theirs (OWNER, ADMIN).',
  })
  async updateBonusCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CampaignInput) input: CampaignInput,
    @Ctx() ctx: BonusContext,
  ): Promise<CampaignType> {
    const operator = requireOperator(ctx, 'ADMIN');
    if (!isUuid(id)) throw notFound('Campaign');
    return toCampaignType(await ctx.services.campaigns.update(operator.tenantId, id, toCampaignDraft(input)), true);
  }

  @Mutation(() => CampaignType, {
    description: 'Opens (ACTIVE), pauses (PAUSED) or ends (ENDED, final) a campaign (OWNER, ADMIN).',
  })
  async setBonusCampaignStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CampaignStatusEnum) status: CampaignStatus,
    @Ctx() ctx: BonusContext,
  ): Promise<CampaignType> {
    const operator = requireOperator(ctx, 'ADMIN');
    if (!isUuid(id)) throw notFound('Campaign');
    return toCampaignType(await ctx.services.campaigns.setStatus(operator.tenantId, id, status), true);
  }

  @Query(() => CampaignConnectionType, { description: "The casino's campaigns, newest first (operators)." })
  async bonusCampaigns(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => CampaignStatusEnum, { nullable: true, description: 'Only campaigns in this status.' })
    status: CampaignStatus | null,
    @Ctx() ctx: BonusContext,
  ): Promise<CampaignConnectionType> {
    const operator = requireOperator(ctx);
    const connection = await ctx.services.campaigns.page(operator.tenantId, { status }, page);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toCampaignType(edge.node, true) })),
    };
  }

  @Query(() => CampaignType, {
    nullable: true,
    description: 'One campaign of the casino (operators); null when there is none.',
  })
  async bonusCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: BonusContext): Promise<CampaignType | null> {
    const operator = requireOperator(ctx);
    if (!isUuid(id)) return null;
    const campaign = await ctx.services.campaigns.one(operator.tenantId, id);
    return campaign && toCampaignType(campaign, true);
  }

  @Query(() => [CampaignType], {
    description:
      'Bonuses the signed-in player may claim now, newest first (player sessions). Deposit bonuses (DEPOSIT_MATCH, RELOAD) are claimed before depositing and granted by the next qualifying deposit (see percentBp, cap, minDeposit).',
  })
  async availableBonuses(
    @Arg('kind', () => CampaignKindEnum, { nullable: true, description: 'Only bonuses of this kind.' })
    kind: CampaignKind | null,
    @Ctx() ctx: BonusContext,
  ): Promise<CampaignType[]> {
    const player = requirePlayer(ctx);
    return (await ctx.services.campaigns.available(player.tenantId, player.playerId, kind)).map((campaign) =>
      toCampaignType(campaign, false),
    );
  }

  @Query(() => BonusSettingsType, { description: "The casino's bonus rules (operators)." })
  bonusSettings(@Ctx() ctx: BonusContext): Promise<BonusSettingsType> {
    return ctx.services.campaigns.settings(requireOperator(ctx).tenantId);
  }

  @Mutation(() => BonusSettingsType, {
    description: "Changes the casino's bonus rules (OWNER, ADMIN); campaigns already running keep their multiplier.",
  })
  updateBonusSettings(
    @Arg('maxWageringMultiplier', () => Int, { description: 'Highest wagering multiplier a campaign may set (0–100).' })
    maxWageringMultiplier: number,
    @Arg('maxClaimsPerDay', () => Int, { description: 'Claims per player per rolling 24 hours (1–100).' })
    maxClaimsPerDay: number,
    @Ctx() ctx: BonusContext,
  ): Promise<BonusSettingsType> {
    const operator = requireOperator(ctx, 'ADMIN');
    return ctx.services.campaigns.updateSettings(operator.tenantId, operator.operatorId, {
      maxWageringMultiplier,
      maxClaimsPerDay,
    });
  }
}
