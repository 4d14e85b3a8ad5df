import {
  CodedError,
  MoneyScalar,
  PageArgs,
  publicTenant,
  requestBatch,
  requireOperator,
  requirePlayer,
  toConnection,
} from '@casinox/graphql';
import { WalletRefusal, WalletUnavailable } from '@casinox/wallet-client';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { JackpotContext } from '../context.js';
import type { DrawView } from '../draws/draw.service.js';
import { GameReference } from '../references/game.reference.js';
import { TenantReference } from '../references/tenant.reference.js';
import { poolHolder } from './jackpot.mapping.js';
import type { JackpotView, WinView } from './jackpot.service.js';
import {
  CreateJackpotInput,
  FundJackpotInput,
  JackpotDrawConnection,
  JackpotDrawEntryType,
  JackpotDrawType,
  JackpotObject,
  JackpotTierType,
  JackpotWinConnection,
  JackpotWinType,
  UpdateJackpotInput,
} from './jackpot.types.js';

/** A view as the graph shows it to this caller: `optedIn` only for a player. */
async function forCaller(ctx: JackpotContext, views: JackpotView[]): Promise<JackpotObject[]> {
  const principal = ctx.principal;
  const optedIn =
    principal?.kind === 'player' && principal.tenantId && principal.playerId
      ? await ctx.services.jackpots.optedIn(principal.tenantId, principal.playerId)
      : null;
  return views.map((view) => ({
    ...view,
    tiers: view.tiers.map((tier) => ({ ...tier, jackpotId: view.id, tenantId: view.tenantId, asset: view.asset })),
    optedIn: optedIn ? optedIn.has(view.id) : null,
  }));
}

/** Whether the caller may see who played: operators, or the player themself. */
const seesPlayer = (ctx: JackpotContext, playerId: string | null) =>
  isOperator(ctx) || (ctx.principal?.kind === 'player' && !!playerId && ctx.principal.playerId === playerId);

function drawForCaller(ctx: JackpotContext, tenantId: string, draw: DrawView): JackpotDrawType {
  return {
    ...draw,
    tenantId,
    clientSeed: draw.id,
    nonce: 0,
    totalTickets: draw.totalTickets?.toString() ?? null,
    ticket: draw.ticket?.toString() ?? null,
    winnerPlayerId: seesPlayer(ctx, draw.winnerPlayerId) ? draw.winnerPlayerId : null,
  };
}

/** The OPEN draws of every jackpot this response shows, in one query per request. */
const openDrawsOf = (ctx: JackpotContext) =>
  requestBatch<{ tenantId: string; jackpotId: string }, DrawView[]>(
    ctx,
    'openDraws',
    (key) => `${key.tenantId}|${key.jackpotId}`,
    async (keys) => {
      const result = new Map<string, DrawView[]>();
      for (const tenantId of new Set(keys.map((key) => key.tenantId))) {
        const draws = await ctx.services.draws.openDraws(
          tenantId,
          keys.filter((key) => key.tenantId === tenantId).map((key) => key.jackpotId),
        );
        for (const key of keys.filter((candidate) => candidate.tenantId === tenantId))
          result.set(
            `${tenantId}|${key.jackpotId}`,
            draws.filter((draw) => draw.jackpotId === key.jackpotId),
          );
      }
      return result;
    },
  );

/** Ledger balances of every pool this response shows: one wallet call per casino and asset. */
const ledgerBalanceOf = (ctx: JackpotContext) =>
  requestBatch<{ tenantId: string; asset: string; pool: string }, bigint>(
    ctx,
    'ledgerBalances',
    (key) => `${key.tenantId}|${key.asset}|${key.pool}`,
    async (keys) => {
      const result = new Map<string, bigint>();
      const groups = new Map<string, { tenantId: string; asset: string; pools: string[] }>();
      for (const key of keys) {
        const group = groups.get(`${key.tenantId}|${key.asset}`) ?? {
          tenantId: key.tenantId,
          asset: key.asset,
          pools: [],
        };
        group.pools.push(key.pool);
        groups.set(`${key.tenantId}|${key.asset}`, group);
      }
      for (const group of groups.values()) {
        let balances: Map<string, bigint>;
        try {
          balances = await ctx.services.ledger.balances(group.tenantId, group.asset, group.pools);
        } catch (error) {
          if (error instanceof WalletUnavailable || error instanceof WalletRefusal)
            throw new CodedError('WALLET_UNAVAILABLE', 'The wallet did not answer with the pool balances; try again.');
          throw error;
        }
        for (const pool of group.pools)
          result.set(`${group.tenantId}|${group.asset}|${pool}`, balances.get(pool) ?? 0n);
      }
      return result;
    },
  );

/** The casino's active jackpots, listed once per request (Game.jackpots for many games). */
const activeJackpotsOf = (ctx: JackpotContext) =>
  requestBatch<string, JackpotView[]>(
    ctx,
    'activeJackpots',
    (tenantId) => tenantId,
    async (tenantIds) =>
      new Map(
        await Promise.all(
          tenantIds.map(
            async (tenantId) => [tenantId, await ctx.services.jackpots.list(tenantId, { activeOnly: true })] as const,
          ),
        ),
      ),
  );

const isOperator = (ctx: JackpotContext) => ctx.principal?.kind === 'operator' && !!ctx.principal.role;

function winForCaller(ctx: JackpotContext, win: WinView): JackpotWinType {
  const principal = ctx.principal;
  const seesWinner = isOperator(ctx) || (principal?.kind === 'player' && principal.playerId === win.playerId);
  const proof =
    win.serverSeed &&
    win.commitment &&
    win.clientSeed &&
    win.dropValue !== null &&
    win.minDropValue !== null &&
    win.maxDropValue !== null
      ? {
          serverSeed: win.serverSeed,
          serverSeedHash: win.commitment,
          clientSeed: win.clientSeed,
          nonce: 0,
          seeding: win.seeding,
          dropValue: win.dropValue,
          minDropValue: win.minDropValue,
          maxDropValue: win.maxDropValue,
        }
      : null;
  const progressiveProof =
    win.round !== null && win.byteOffset !== null && win.word !== null && win.hitOneIn !== null
      ? { round: win.round, byteOffset: win.byteOffset, word: Number(win.word), hitOneIn: Number(win.hitOneIn) }
      : null;
  return {
    id: win.id,
    jackpotId: win.jackpotId,
    tierCode: win.tierCode,
    betId: win.betId,
    playerId: seesWinner ? win.playerId : null,
    asset: win.asset,
    amount: win.amount,
    paid: win.status === 'PAID',
    wonAt: win.wonAt,
    proof,
    progressiveProof,
    drawId: win.drawId,
  };
}

@Resolver()
export class JackpotResolver {
  @Query(() => [JackpotObject], {
    description:
      "The casino's jackpots with their current pools: players and visitors see the active ones, operators all of them.",
  })
  async jackpots(
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject[]> {
    return forCaller(
      ctx,
      await ctx.services.jackpots.list(publicTenant(ctx, tenantId), { activeOnly: !isOperator(ctx) }),
    );
  }

  @Query(() => JackpotObject, {
    nullable: true,
    description: 'One jackpot of your casino (null when it is not one). Signed out, name the casino.',
  })
  async jackpot(
    @Arg('id', () => ID, { description: 'The jackpot id.' }) id: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject | null> {
    const view = await ctx.services.jackpots.get(publicTenant(ctx, tenantId), id);
    if (!view || (view.status !== 'ACTIVE' && !isOperator(ctx))) return null;
    return (await forCaller(ctx, [view]))[0]!;
  }

  @Query(() => JackpotWinConnection, {
    description: "The casino's jackpot wins, newest first, with what is needed to verify each (the winners' wall).",
  })
  async jackpotWins(
    @Arg('jackpotId', () => ID, { nullable: true, description: 'Only this jackpot’s wins.' }) jackpotId: string | null,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotWinConnection> {
    const result = await ctx.services.jackpots.wins(publicTenant(ctx, tenantId), {
      jackpotId,
      first: page.first,
      after: page.after ?? null,
    });
    return toConnection({
      ...result,
      items: result.items.map((item) => ({ cursor: item.cursor, node: winForCaller(ctx, item.node) })),
    });
  }

  @Query(() => JackpotWinType, {
    nullable: true,
    description:
      'One jackpot win of your casino with its verification data (what jackpotWon pushes). Signed out, name the casino.',
  })
  async jackpotWin(
    @Arg('id', () => ID, { description: 'The win id.' }) id: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotWinType | null> {
    const result = await ctx.services.jackpots.wins(publicTenant(ctx, tenantId), {
      jackpotId: null,
      winId: id,
      first: 1,
      after: null,
    });
    const win = result.items[0]?.node;
    return win ? winForCaller(ctx, win) : null;
  }

  @Query(() => JackpotDrawConnection, {
    description:
      "A jackpot's draws (FIXED and SPONSORED), newest period first, with what is needed to verify each once closed.",
  })
  async jackpotDraws(
    @Arg('jackpotId', () => ID, { description: 'The jackpot.' }) jackpotId: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotDrawConnection> {
    const tenant = publicTenant(ctx, tenantId);
    const result = await ctx.services.draws.history(tenant, {
      jackpotId,
      first: page.first,
      after: page.after ?? null,
    });
    return toConnection({
      ...result,
      items: result.items.map((item) => ({ cursor: item.cursor, node: drawForCaller(ctx, tenant, item.node) })),
    });
  }

  @Query(() => JackpotDrawType, { nullable: true, description: 'One draw of your casino (null when it is not one).' })
  async jackpotDraw(
    @Arg('id', () => ID, { description: 'The draw id.' }) id: string,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotDrawType | null> {
    const tenant = publicTenant(ctx, tenantId);
    const draw = (await ctx.services.draws.history(tenant, { jackpotId: null, drawId: id, first: 1, after: null }))
      .items[0]?.node;
    return draw ? drawForCaller(ctx, tenant, draw) : null;
  }

  @Mutation(() => [JackpotDrawType], {
    description:
      'Closes the current draw period of a FIXED or SPONSORED jackpot now (every tier, or one): draws the winner with the committed seed, pays the prize once, reveals the seed and opens the next period; a period without entries rolls over (OWNER, ADMIN).',
  })
  async drawJackpotNow(
    @Arg('jackpotId', () => ID, { description: 'The jackpot.' }) jackpotId: string,
    @Arg('tierCode', () => String, { nullable: true, description: 'Only this tier; every tier when omitted.' })
    tierCode: string | null,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotDrawType[]> {
    const operator = requireOperator(ctx, 'ADMIN');
    const draws = await ctx.services.draws.drawNow(operator.tenantId, jackpotId, tierCode ?? null);
    return draws.map((draw) => drawForCaller(ctx, operator.tenantId, draw));
  }

  @Mutation(() => JackpotObject, {
    description:
      'Creates a jackpot and funds each tier’s seed from the house; a must-drop tier commits to its hidden drop value (OWNER, ADMIN).',
  })
  async createJackpot(
    @Arg('input', () => CreateJackpotInput) input: CreateJackpotInput,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    const { gameCodes, tiers, idempotencyKey, ...rest } = input;
    const view = await ctx.services.jackpots.create(operator.tenantId, operator.operatorId, {
      ...rest,
      scope: gameCodes ? { kind: 'GAMES', gameCodes } : { kind: 'TENANT_WIDE' },
      // Fields a type does not take arrive as null from the graph; the validation refuses only those actually sent.
      tiers: tiers.map((tier) => Object.fromEntries(Object.entries({ ...tier }).filter(([, value]) => value != null))),
      resetMinuteUtc: rest.resetMinuteUtc ?? undefined,
      fairnessSlot: rest.fairnessSlot ?? undefined,
      idempotencyKey,
    });
    return (await forCaller(ctx, [view]))[0]!;
  }

  @Mutation(() => JackpotObject, {
    description:
      'Edits a jackpot while its pools hold money: name, opt-in, games, contribution, draw minute and per tier the share, hit rate, next seed amount and next drop range. The pools are not touched (OWNER, ADMIN).',
  })
  async updateJackpot(
    @Arg('id', () => ID, { description: 'The jackpot id.' }) id: string,
    @Arg('input', () => UpdateJackpotInput) input: UpdateJackpotInput,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    // Null keeps a field, like omitting it, except gameCodes where null means every game.
    const keepNull = (value: unknown) => (value === null ? undefined : value);
    const { gameCodes, tiers, ...rest } = input;
    const view = await ctx.services.jackpots.update(operator.tenantId, operator.operatorId, id, {
      ...Object.fromEntries(Object.entries({ ...rest }).map(([field, value]) => [field, keepNull(value)])),
      gameCodes,
      tiers:
        tiers == null
          ? undefined
          : tiers.map((tier) =>
              Object.fromEntries(Object.entries({ ...tier }).map(([field, value]) => [field, keepNull(value)])),
            ),
    });
    return (await forCaller(ctx, [view]))[0]!;
  }

  @Mutation(() => JackpotObject, {
    description: 'Moves house money into a sponsored jackpot’s tier, once per idempotency key (OWNER, ADMIN).',
  })
  async fundJackpot(
    @Arg('input', () => FundJackpotInput) input: FundJackpotInput,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    return (
      await forCaller(ctx, [await ctx.services.jackpots.sponsor(operator.tenantId, operator.operatorId, input)])
    )[0]!;
  }

  @Mutation(() => JackpotObject, {
    description: 'Pauses a jackpot: its pools stay, it takes no contributions and drops nothing (OWNER, ADMIN).',
  })
  async pauseJackpot(
    @Arg('id', () => ID, { description: 'The jackpot id.' }) id: string,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    return (await forCaller(ctx, [await ctx.services.jackpots.setStatus(operator.tenantId, id, 'PAUSED')]))[0]!;
  }

  @Mutation(() => JackpotObject, { description: 'Resumes a paused jackpot (OWNER, ADMIN).' })
  async resumeJackpot(
    @Arg('id', () => ID, { description: 'The jackpot id.' }) id: string,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    return (await forCaller(ctx, [await ctx.services.jackpots.setStatus(operator.tenantId, id, 'ACTIVE')]))[0]!;
  }

  @Mutation(() => JackpotObject, {
    description: 'Opts the signed-in player in to (or out of) a jackpot that requires it (player sessions only).',
  })
  async setJackpotOptIn(
    @Arg('jackpotId', () => ID, { description: 'The jackpot.' }) jackpotId: string,
    @Arg('optIn', () => Boolean, { description: 'True to take part, false to stop.' }) optIn: boolean,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotObject> {
    const player = requirePlayer(ctx);
    const view = await ctx.services.jackpots.setOptIn(player.tenantId, player.playerId, jackpotId, optIn);
    return (await forCaller(ctx, [view]))[0]!;
  }
}

@Resolver(() => TenantReference)
export class TenantJackpotsResolver {
  @FieldResolver(() => [JackpotObject], {
    description: "The casino's jackpots with their current pools (operators see all, players the active ones).",
  })
  async jackpots(@Root() tenant: TenantReference, @Ctx() ctx: JackpotContext): Promise<JackpotObject[]> {
    return forCaller(ctx, await ctx.services.jackpots.list(tenant.id, { activeOnly: !isOperator(ctx) }));
  }
}

@Resolver(() => JackpotObject)
export class JackpotFieldsResolver {
  @FieldResolver(() => JackpotDrawType, {
    nullable: true,
    description:
      'FIXED and SPONSORED: the period running now of the top tier (its commitment, published before any entry; when it closes; entries so far).',
  })
  async nextDraw(@Root() jackpot: JackpotObject, @Ctx() ctx: JackpotContext): Promise<JackpotDrawType | null> {
    if (jackpot.type !== 'FIXED' && jackpot.type !== 'SPONSORED') return null;
    const draws = (await openDrawsOf(ctx)({ tenantId: jackpot.tenantId, jackpotId: jackpot.id })) ?? [];
    const top = jackpot.tiers[0] && draws.find((draw) => draw.tierCode === jackpot.tiers[0]!.code);
    return top ? drawForCaller(ctx, jackpot.tenantId, top) : null;
  }
}

@Resolver(() => JackpotTierType)
export class JackpotTierResolver {
  @FieldResolver(() => JackpotDrawType, {
    nullable: true,
    description: 'FIXED and SPONSORED: this tier’s draw period running now.',
  })
  async nextDraw(@Root() tier: JackpotTierType, @Ctx() ctx: JackpotContext): Promise<JackpotDrawType | null> {
    const draws = (await openDrawsOf(ctx)({ tenantId: tier.tenantId, jackpotId: tier.jackpotId })) ?? [];
    const draw = draws.find((candidate) => candidate.tierCode === tier.code);
    return draw ? drawForCaller(ctx, tier.tenantId, draw) : null;
  }

  @FieldResolver(() => MoneyScalar, {
    nullable: true,
    description: 'Operators: the pool’s balance in the wallet ledger (null for others).',
  })
  async ledgerBalance(@Root() tier: JackpotTierType, @Ctx() ctx: JackpotContext): Promise<bigint | null> {
    if (!isOperator(ctx)) return null;
    return (
      (await ledgerBalanceOf(ctx)({
        tenantId: tier.tenantId,
        asset: tier.asset,
        pool: poolHolder(tier.jackpotId, tier.code),
      })) ?? 0n
    );
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Operators: whether the pool shown equals the ledger balance (false while a bet’s contribution is in the ledger but not yet counted here, or on a real difference; null for others).',
  })
  async reconciled(@Root() tier: JackpotTierType, @Ctx() ctx: JackpotContext): Promise<boolean | null> {
    if (!isOperator(ctx)) return null;
    const balance =
      (await ledgerBalanceOf(ctx)({
        tenantId: tier.tenantId,
        asset: tier.asset,
        pool: poolHolder(tier.jackpotId, tier.code),
      })) ?? 0n;
    return balance === tier.pool;
  }
}

@Resolver(() => JackpotDrawType)
export class JackpotDrawResolver {
  @FieldResolver(() => [JackpotDrawEntryType], {
    nullable: true,
    description:
      'Closed draws: every entry in canonical order (ascending bet id), to recompute the draw; null while open.',
  })
  async entryList(@Root() draw: JackpotDrawType, @Ctx() ctx: JackpotContext): Promise<JackpotDrawEntryType[] | null> {
    const entries = await ctx.services.draws.entries(draw.tenantId, draw.id);
    return (
      entries &&
      entries.map((entry) => ({
        betId: entry.betId,
        stake: entry.stake,
        playerId: seesPlayer(ctx, entry.playerId) ? entry.playerId : null,
      }))
    );
  }
}

@Resolver(() => GameReference)
export class GameJackpotsResolver {
  @FieldResolver(() => [JackpotObject], {
    description:
      "The casino's active jackpots this game's bets count towards (the signed-in caller's casino; empty when signed out).",
  })
  async jackpots(@Root() game: GameReference, @Ctx() ctx: JackpotContext): Promise<JackpotObject[]> {
    const tenantId = ctx.principal?.tenantId;
    if (!tenantId) return [];
    const views = (await activeJackpotsOf(ctx)(tenantId)) ?? [];
    return forCaller(
      ctx,
      views.filter((view) => view.gameCodes === null || view.gameCodes.includes(game.code)),
    );
  }
}
