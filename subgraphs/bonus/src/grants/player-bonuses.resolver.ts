import { PageArgs } from '@casinox/graphql';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BonusContext } from '../context.js';
import { PlayerReference } from '../references/player.reference.js';
import { toGrantConnection } from './grant.mapping.js';
import { GrantConnectionType } from './grant.types.js';

@Resolver(() => PlayerReference)
export class PlayerBonusesResolver {
  @FieldResolver(() => GrantConnectionType, {
    description: "The player's bonuses with wagering progress, newest first (the player and their casino's operators).",
  })
  async bonuses(
    @Root() player: PlayerReference,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BonusContext,
  ): Promise<GrantConnectionType> {
    return toGrantConnection(await ctx.services.grants.page(player.viewTenantId, player.id, page));
  }
}
