import { PageArgs, requireOperator, requirePlayer } from '@casinox/graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { SessionType } from '../sessions/session.types.js';
import { toConnection } from '../shared/to-connection.js';
import { TenantType } from '../tenants/tenant.types.js';
import { canSeePlayerEmail } from './can-see-player-email.js';
import { LoginPlayerInput, RegisterPlayerInput } from './player.inputs.js';
import type { PlayerSession } from './player.service.js';
import { PlayerAuthPayloadType, PlayerConnection, PlayerType } from './player.types.js';

const toPayload = ({ session, player }: PlayerSession): PlayerAuthPayloadType => ({
  session: SessionType.from(session),
  player: PlayerType.from(player, { authenticatedSelf: true }),
});

@Resolver(() => PlayerType)
export class PlayerResolver {
  @Query(() => PlayerType, { description: 'The signed-in player (player sessions only).' })
  async me(@Ctx() ctx: IdentityContext): Promise<PlayerType> {
    return PlayerType.from(await ctx.services.players.me(requirePlayer(ctx)));
  }

  @Query(() => PlayerConnection, {
    description:
      'Finds players of the operator’s tenant (any staff role), newest registrations first: by display name or email containing the text, or by the start of their id. Blank text lists everyone.',
  })
  async players(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of a display name or email, or the start of a player id.',
    })
    search: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<PlayerConnection> {
    return toConnection(await ctx.services.players.search(requireOperator(ctx), search, page), (player) =>
      PlayerType.from(player),
    );
  }

  @Query(() => PlayerType, {
    nullable: true,
    description: 'One player of the operator’s tenant by id (any staff role); null for anyone else’s.',
  })
  async player(
    @Arg('id', () => ID, { description: 'The player id.' }) id: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<PlayerType | null> {
    const player = await ctx.services.players.findForOperator(requireOperator(ctx), id);
    return player && PlayerType.from(player);
  }

  @Mutation(() => PlayerAuthPayloadType, { description: 'Creates a player account at a tenant and signs it in.' })
  async registerPlayer(
    @Arg('input', () => RegisterPlayerInput, { description: 'The new account.' }) input: RegisterPlayerInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<PlayerAuthPayloadType> {
    return toPayload(await ctx.services.players.register(input, ctx.clientIp));
  }

  @Mutation(() => PlayerAuthPayloadType, { description: 'Signs a player in to a tenant.' })
  async loginPlayer(
    @Arg('input', () => LoginPlayerInput, { description: 'Tenant, email and password.' }) input: LoginPlayerInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<PlayerAuthPayloadType> {
    return toPayload(await ctx.services.players.login(input, ctx.clientIp));
  }

  @FieldResolver(() => TenantType, { description: 'The casino the player belongs to.' })
  async tenant(@Root() player: PlayerType, @Ctx() ctx: IdentityContext): Promise<TenantType> {
    const tenant = await ctx.loaders.tenants.load(player.tenantId);
    if (!tenant) throw new Error(`Tenant ${player.tenantId} of player ${player.id} is missing.`);
    return TenantType.from(tenant);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Email address; visible only to the player, the tenant's staff and partners with players:read.",
  })
  async email(@Root() player: PlayerType, @Ctx() ctx: IdentityContext): Promise<string | null> {
    if (!player.authenticatedSelf && !canSeePlayerEmail(ctx.principal, player)) return null;
    return (await ctx.loaders.users.load(player.userId))?.email ?? null;
  }
}
