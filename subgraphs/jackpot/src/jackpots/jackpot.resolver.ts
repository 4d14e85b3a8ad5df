import { PageArgs, publicTenant, requireOperator, requirePlayer, toConnection } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { JackpotContext } from '../context.js';
import { TenantReference } from '../references/tenant.reference.js';
import type { JackpotView, WinView } from './jackpot.service.js';
import { CreateJackpotInput, FundJackpotInput, JackpotObject, JackpotWinConnection, JackpotWinType } from './jackpot.types.js';

/** A view as the graph shows it to this caller: `optedIn` only for a player. */
async function forCaller(ctx: JackpotContext, views: JackpotView[]): Promise<JackpotObject[]> {
  const principal = ctx.principal;
  const optedIn = principal?.kind === 'player' && principal.tenantId && principal.playerId ? await ctx.services.jackpots.optedIn(principal.tenantId, principal.playerId) : null;
  return views.map((view) => ({ ...view, optedIn: optedIn ? optedIn.has(view.id) : null }));
}

const isOperator = (ctx: JackpotContext) => ctx.principal?.kind === 'operator' && !!ctx.principal.role;

function winForCaller(ctx: JackpotContext, win: WinView): JackpotWinType {
  const principal = ctx.principal;
  const seesWinner = isOperator(ctx) || (principal?.kind === 'player' && principal.playerId === win.playerId);
  const proof =
    win.serverSeed && win.commitment && win.clientSeed && win.dropValue !== null && win.minDropValue !== null && win.maxDropValue !== null
      ? { serverSeed: win.serverSeed, serverSeedHash: win.commitment, clientSeed: win.clientSeed, nonce: 0, seeding: win.seeding, dropValue: win.dropValue, minDropValue: win.minDropValue, maxDropValue: win.maxDropValue }
      : null;
  return { id: win.id, jackpotId: win.jackpotId, tierCode: win.tierCode, betId: win.betId, playerId: seesWinner ? win.playerId : null, asset: win.asset, amount: win.amount, paid: win.status === 'PAID', wonAt: win.wonAt, proof };
}

@Resolver()
export class JackpotResolver {
  @Query(() => [JackpotObject], { description: "The casino's jackpots with their current pools: players and visitors see the active ones, operators all of them." })
  async jackpots(@Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null, @Ctx() ctx: JackpotContext): Promise<JackpotObject[]> {
    return forCaller(ctx, await ctx.services.jackpots.list(publicTenant(ctx, tenantId), { activeOnly: !isOperator(ctx) }));
  }

  @Query(() => JackpotObject, { nullable: true, description: 'One jackpot of your casino (null when it is not one).' })
  async jackpot(@Arg('id', () => ID, { description: 'The jackpot id.' }) id: string, @Ctx() ctx: JackpotContext): Promise<JackpotObject | null> {
    const view = await ctx.services.jackpots.get(publicTenant(ctx, null), id);
    if (!view || (view.status !== 'ACTIVE' && !isOperator(ctx))) return null;
    return (await forCaller(ctx, [view]))[0]!;
  }

  @Query(() => JackpotWinConnection, { description: "The casino's jackpot wins, newest first, with what is needed to verify each (the winners' wall)." })
  async jackpotWins(
    @Arg('jackpotId', () => ID, { nullable: true, description: 'Only this jackpot’s wins.' }) jackpotId: string | null,
    @Arg('tenantId', () => ID, { nullable: true, description: 'The casino, when signed out.' }) tenantId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: JackpotContext,
  ): Promise<JackpotWinConnection> {
    const result = await ctx.services.jackpots.wins(publicTenant(ctx, tenantId), { jackpotId, first: page.first, after: page.after ?? null });
    return toConnection({ ...result, items: result.items.map((item) => ({ cursor: item.cursor, node: winForCaller(ctx, item.node) })) });
  }

  @Query(() => JackpotWinType, { nullable: true, description: 'One jackpot win of your casino with its verification data (what jackpotWon pushes).' })
  async jackpotWin(@Arg('id', () => ID, { description: 'The win id.' }) id: string, @Ctx() ctx: JackpotContext): Promise<JackpotWinType | null> {
    const result = await ctx.services.jackpots.wins(publicTenant(ctx, null), { jackpotId: null, winId: id, first: 1, after: null });
    const win = result.items[0]?.node;
    return win ? winForCaller(ctx, win) : null;
  }

  @Mutation(() => JackpotObject, { description: 'Creates a jackpot and funds each tier’s seed from the house; a must-drop tier commits to its hidden drop value (OWNER, ADMIN).' })
  async createJackpot(@Arg('input', () => CreateJackpotInput) input: CreateJackpotInput, @Ctx() ctx: JackpotContext): Promise<JackpotObject> {
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

  @Mutation(() => JackpotObject, { description: 'Moves house money into a sponsored jackpot’s tier, once per idempotency key (OWNER, ADMIN).' })
  async fundJackpot(@Arg('input', () => FundJackpotInput) input: FundJackpotInput, @Ctx() ctx: JackpotContext): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    return (await forCaller(ctx, [await ctx.services.jackpots.sponsor(operator.tenantId, operator.operatorId, input)]))[0]!;
  }

  @Mutation(() => JackpotObject, { description: 'Pauses a jackpot: its pools stay, it takes no contributions and drops nothing (OWNER, ADMIN).' })
  async pauseJackpot(@Arg('id', () => ID, { description: 'The jackpot id.' }) id: string, @Ctx() ctx: JackpotContext): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    return (await forCaller(ctx, [await ctx.services.jackpots.setStatus(operator.tenantId, id, 'PAUSED')]))[0]!;
  }

  @Mutation(() => JackpotObject, { description: 'Resumes a paused jackpot (OWNER, ADMIN).' })
  async resumeJackpot(@Arg('id', () => ID, { description: 'The jackpot id.' }) id: string, @Ctx() ctx: JackpotContext): Promise<JackpotObject> {
    const operator = requireOperator(ctx, 'ADMIN');
    return (await forCaller(ctx, [await ctx.services.jackpots.setStatus(operator.tenantId, id, 'ACTIVE')]))[0]!;
  }

  @Mutation(() => JackpotObject, { description: 'Opts the signed-in player in to (or out of) a jackpot that requires it (player sessions only).' })
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
  @FieldResolver(() => [JackpotObject], { description: "The casino's jackpots with their current pools (operators see all, players the active ones)." })
  async jackpots(@Root() tenant: TenantReference, @Ctx() ctx: JackpotContext): Promise<JackpotObject[]> {
    return forCaller(ctx, await ctx.services.jackpots.list(tenant.id, { activeOnly: !isOperator(ctx) }));
  }
}
