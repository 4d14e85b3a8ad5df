import { publicTenant, requireOperator } from '@casinox/graphql';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { GamesContext } from '../context.js';
import { GAME_MODELS } from '../math/catalogue.js';
import type { GameCode } from '../math/game-model.js';
import { ConfigureGameInput, GameRtpType, GameType } from './game.types.js';

@Resolver()
export class GameConfigResolver {
  @Query(() => [GameType], {
    description: "The casino's games: players and visitors see the enabled ones, operators all of them.",
  })
  async games(
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Ctx() ctx: GamesContext,
  ): Promise<GameType[]> {
    const games = await ctx.services.config.catalogue(publicTenant(ctx, tenantId));
    return ctx.principal?.kind === 'operator' ? games : games.filter((game) => game.enabled);
  }

  @Mutation(() => GameType, {
    description: 'Switches a game on or off, picks its RTP variant and sets stake limits (OWNER, ADMIN).',
  })
  configureGame(
    @Arg('input', () => ConfigureGameInput) input: ConfigureGameInput,
    @Ctx() ctx: GamesContext,
  ): Promise<GameType> {
    const operator = requireOperator(ctx, 'ADMIN');
    return ctx.services.config.configure(operator.tenantId, operator.operatorId, input);
  }

  @Query(() => [GameRtpType], {
    description: "Each game's stated RTP against what the casino's settled bets returned (OWNER, ADMIN, FINANCE).",
  })
  async gameRtp(
    @Arg('from', () => Date, { nullable: true, description: 'Bets placed at or after this instant.' })
    from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Bets placed before this instant.' }) to: Date | null,
    @Ctx() ctx: GamesContext,
  ): Promise<GameRtpType[]> {
    const operator = requireOperator(ctx, 'ADMIN', 'FINANCE');
    const rows = await ctx.services.queries.rtp(operator.tenantId, { from, to });
    return rows.map((row) => {
      const model = GAME_MODELS[row.game as GameCode];
      return {
        ...row,
        game: row.game as GameCode,
        statedRtp: model?.variants[row.variant]?.rtp ?? 0,
        actualRtp: row.staked > 0n ? Number((row.paid * 1_000_000n) / row.staked) / 1_000_000 : null,
      };
    });
  }
}
