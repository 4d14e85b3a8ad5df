import {
  checkIdempotencyKey,
  CodedError,
  isUuid,
  notFound,
  PageArgs,
  publicTenant,
  requireOperator,
  requirePlayer,
  requireUuid,
} from '@casinox/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GamesContext } from '../context.js';
import { toBetConnection, toBetResult, toBetType, toBigWin, toRefusalResult } from './bet.mapping.js';
import { BetConnectionType, BetFilterInput, BetResultType, BetType, BigWinType, PlaceBetInput } from './bet.types.js';

function readSequence(value: string): string {
  if (!/^\d{1,18}$/.test(value))
    throw new CodedError('BAD_USER_INPUT', 'afterSequence must be a Bet.sequence.', { field: 'afterSequence' });
  return value;
}

function readFirst(first: number): number {
  if (first < 1 || first > 500)
    throw new CodedError('BAD_USER_INPUT', 'first must be between 1 and 500.', { field: 'first' });
  return first;
}

@Resolver()
export class BetResolver {
  @Mutation(() => BetResultType, {
    description:
      'Places a bet on an instant game (dice, limbo, roulette, slots) and settles it at once (player sessions).',
  })
  async placeBet(
    @Arg('input', () => PlaceBetInput) input: PlaceBetInput,
    @Ctx() ctx: GamesContext,
  ): Promise<BetResultType> {
    const player = requirePlayer(ctx);
    checkIdempotencyKey(input.idempotencyKey);
    return ctx.services.bets
      .placeBet({ tenantId: player.tenantId, playerId: player.playerId, ...input })
      .then(toBetResult, toRefusalResult);
  }

  @Mutation(() => BetResultType, {
    description: 'Starts a round of a multi-step game (mines): debits the stake and opens the round (player sessions).',
  })
  async startRound(
    @Arg('input', () => PlaceBetInput) input: PlaceBetInput,
    @Ctx() ctx: GamesContext,
  ): Promise<BetResultType> {
    const player = requirePlayer(ctx);
    checkIdempotencyKey(input.idempotencyKey);
    return ctx.services.bets
      .startRound({ tenantId: player.tenantId, playerId: player.playerId, ...input })
      .then(toBetResult, toRefusalResult);
  }

  @Mutation(() => BetResultType, {
    description:
      'One step of your open round, e.g. MINES {reveal: 0–24}. A mine ends the round; the last safe tile pays out.',
  })
  async playRound(
    @Arg('betId', () => ID, { description: 'The round (its bet id).' }) betId: string,
    @Arg('action', () => GraphQLJSONObject, { description: 'The step, e.g. {"reveal": 12}.' })
    action: Record<string, unknown>,
    @Ctx() ctx: GamesContext,
  ): Promise<BetResultType> {
    const player = requirePlayer(ctx);
    if (!isUuid(betId)) throw notFound('Bet');
    return ctx.services.bets.act(player.tenantId, player.playerId, betId, action).then(toBetResult, toRefusalResult);
  }

  @Mutation(() => BetResultType, { description: 'Ends your open round at its current multiplier and pays it.' })
  async cashOut(
    @Arg('betId', () => ID, { description: 'The round (its bet id).' }) betId: string,
    @Ctx() ctx: GamesContext,
  ): Promise<BetResultType> {
    const player = requirePlayer(ctx);
    if (!isUuid(betId)) throw notFound('Bet');
    return ctx.services.bets.cashOut(player.tenantId, player.playerId, betId).then(toBetResult, toRefusalResult);
  }

  @Query(() => BetConnectionType, { description: "The signed-in player's bets, newest first." })
  async myBets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BetFilterInput, {
      nullable: true,
      description: 'Only bets matching this (playerId is ignored).',
    })
    filter: BetFilterInput | null,
    @Ctx() ctx: GamesContext,
  ): Promise<BetConnectionType> {
    const player = requirePlayer(ctx);
    requireUuid(filter?.seedPairId, 'filter.seedPairId');
    return toBetConnection(
      await ctx.services.queries.page(player.tenantId, { ...filter, playerId: player.playerId }, page),
    );
  }

  @Query(() => BetType, {
    nullable: true,
    description: 'One of your bets (player sessions); null when it is not yours.',
  })
  async myBet(@Arg('id', () => ID) id: string, @Ctx() ctx: GamesContext): Promise<BetType | null> {
    const player = requirePlayer(ctx);
    if (!isUuid(id)) return null;
    const bet = await ctx.services.queries.one(player.tenantId, id, player.playerId);
    return bet && toBetType(bet);
  }

  @Query(() => BetType, { description: "A bet of the operator's tenant, with its fairness inputs (operators)." })
  async bet(@Arg('id', () => ID) id: string, @Ctx() ctx: GamesContext): Promise<BetType> {
    const operator = requireOperator(ctx);
    if (!isUuid(id)) throw notFound('Bet');
    const bet = await ctx.services.queries.one(operator.tenantId, id);
    if (!bet) throw notFound('Bet');
    return toBetType(bet);
  }

  @Query(() => BetConnectionType, { description: "Search the tenant's bets, newest first (operators)." })
  async bets(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BetFilterInput, { nullable: true, description: 'Only bets matching this.' })
    filter: BetFilterInput | null,
    @Ctx() ctx: GamesContext,
  ): Promise<BetConnectionType> {
    const operator = requireOperator(ctx);
    requireUuid(filter?.playerId, 'filter.playerId');
    requireUuid(filter?.seedPairId, 'filter.seedPairId');
    return toBetConnection(await ctx.services.queries.page(operator.tenantId, filter ?? {}, page));
  }

  @Query(() => [BetType], {
    description:
      "Bets of the operator's casino settled after a sequence, oldest first (what a live feed missed; operators).",
  })
  async settledBets(
    @Arg('afterSequence', () => String, { description: 'The last Bet.sequence seen.' }) afterSequence: string,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1–500).' }) first: number,
    @Ctx() ctx: GamesContext,
  ): Promise<BetType[]> {
    const operator = requireOperator(ctx);
    return (
      await ctx.services.queries.settledAfter(operator.tenantId, readSequence(afterSequence), readFirst(first))
    ).map(toBetType);
  }

  @Query(() => [BetType], {
    description: 'Your bets settled after a sequence, oldest first (what myBets missed; player sessions).',
  })
  async mySettledBets(
    @Arg('afterSequence', () => String, { description: 'The last Bet.sequence seen.' }) afterSequence: string,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1–500).' }) first: number,
    @Ctx() ctx: GamesContext,
  ): Promise<BetType[]> {
    const player = requirePlayer(ctx);
    return (
      await ctx.services.queries.settledAfter(
        player.tenantId,
        readSequence(afterSequence),
        readFirst(first),
        player.playerId,
      )
    ).map(toBetType);
  }

  @Query(() => [BigWinType], {
    description: "The casino's latest big wins (≥ 10× the stake), for the lobby ticker. Signed out, name the casino.",
  })
  async bigWins(
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many (1–50).' }) first: number,
    @Ctx() ctx: GamesContext,
  ): Promise<BigWinType[]> {
    if (first < 1 || first > 50)
      throw new CodedError('BAD_USER_INPUT', 'first must be between 1 and 50.', { field: 'first' });
    return (await ctx.services.queries.bigWins(publicTenant(ctx, tenantId), first)).map((win) =>
      toBigWin(win, ctx.services.aliases),
    );
  }

  @Query(() => BigWinType, {
    nullable: true,
    description: 'One big win of your casino (what the bigWins subscription pushes). Signed out, name the casino.',
  })
  async bigWin(
    @Arg('id', () => ID) id: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Ctx() ctx: GamesContext,
  ): Promise<BigWinType | null> {
    const tenant = publicTenant(ctx, tenantId);
    if (!isUuid(id)) return null;
    const [win] = await ctx.services.queries.bigWins(tenant, 1, id);
    return win ? toBigWin(win, ctx.services.aliases) : null;
  }
}
