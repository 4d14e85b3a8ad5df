import { PageArgs, requirePlayer } from '@casinox/graphql';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GamesContext } from '../context.js';
import { ActiveSeedPairType, RevealedSeedPairConnectionType, SeedRotationType } from './fairness.types.js';

@Resolver()
export class FairnessResolver {
  @Query(() => ActiveSeedPairType, {
    description: 'Your current seed pair (committed now if you have none yet), player sessions.',
  })
  myFairness(@Ctx() ctx: GamesContext): Promise<ActiveSeedPairType> {
    const player = requirePlayer(ctx);
    return ctx.services.fairness.current(player.tenantId, player.playerId);
  }

  @Query(() => RevealedSeedPairConnectionType, { description: 'Your revealed seed pairs, newest first.' })
  myRevealedSeedPairs(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GamesContext,
  ): Promise<RevealedSeedPairConnectionType> {
    const player = requirePlayer(ctx);
    return ctx.services.fairness.history(player.tenantId, player.playerId, page);
  }

  @Mutation(() => SeedRotationType, {
    description:
      'Reveals your server seed and commits a new one, with this client seed (or a random one). Not while a round is open.',
  })
  rotateSeed(
    @Arg('clientSeed', () => String, {
      nullable: true,
      description: '1–64 visible ASCII characters, no ":" and no spaces.',
    })
    clientSeed: string | null,
    @Ctx() ctx: GamesContext,
  ): Promise<SeedRotationType> {
    const player = requirePlayer(ctx);
    return ctx.services.fairness.rotate(player.tenantId, player.playerId, clientSeed);
  }
}
