import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BonusContext } from '../context.js';
import { CampaignStatsType, CampaignType } from './campaign.types.js';

@Resolver(() => CampaignType)
export class CampaignStatsResolver {
  @FieldResolver(() => CampaignStatsType, {
    nullable: true,
    description:
      'Grants, outcomes and money of this campaign so far (operators; null for players). A page of campaigns is one query.',
  })
  stats(@Root() campaign: CampaignType, @Ctx() ctx: BonusContext): Promise<CampaignStatsType | null> | null {
    return ctx.loaders.campaignStats?.load(campaign.id) ?? null;
  }
}
