import { PageArgs, requireUuid } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GamesContext } from '../context.js';
import { ActiveSeedPairType } from '../fairness/fairness.types.js';
import { PlayerReference } from '../references/player.reference.js';
import { toBetConnection } from './bet.mapping.js';
import { BetConnectionType, BetFilterInput } from './bet.types.js';

@Resolver(() => PlayerReference)
export class PlayerBetsResolver {
  @FieldResolver(() => BetConnectionType, {
    description: "The player's bets, newest first (the player and their casino's operators).",
  })
  async bets(
    @Root() player: PlayerReference,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BetFilterInput, {
      nullable: true,
      description: 'Only bets matching this (playerId is ignored).',
    })
    filter: BetFilterInput | null,
    @Ctx() ctx: GamesContext,
  ): Promise<BetConnectionType> {
    requireUuid(filter?.seedPairId, 'filter.seedPairId');
    return toBetConnection(
      await ctx.services.queries.page(player.viewTenantId, { ...filter, playerId: player.id }, page),
    );
  }

  @FieldResolver(() => ActiveSeedPairType, {
    description: "The player's current provably fair commitment (hash, client seed, next nonce).",
  })
  fairness(@Root() player: PlayerReference, @Ctx() ctx: GamesContext): Promise<ActiveSeedPairType> {
    return ctx.services.fairness.current(player.viewTenantId, player.id);
  }
}
