import { requirePlayer } from '@casinox/graphql';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { SessionType } from '../sessions/session.types.js';
import { TenantType } from '../tenants/tenant.types.js';
import { canSeePlayerEmail } from './can-see-player-email.js';
import { LoginPlayerInput, RegisterPlayerInput } from './player.inputs.js';
import type { PlayerSession } from './player.service.js';
import { PlayerAuthPayloadType, PlayerType } from './player.types.js';

const toPayload = ({ session, player }: PlayerSession): PlayerAuthPayloadType => ({ session: SessionType.from(session), player: PlayerType.from(player, { authenticatedSelf: true }) });

@Resolver(() => PlayerType)
export class PlayerResolver {
  @Query(() => PlayerType, { description: 'The signed-in player (player sessions only).' })
  async me(@Ctx() ctx: IdentityContext): Promise<PlayerType> {
    return PlayerType.from(await ctx.services.players.me(requirePlayer(ctx)));
  }

  @Mutation(() => PlayerAuthPayloadType, { description: 'Creates a player account at a tenant and signs it in.' })
  async registerPlayer(@Arg('input', () => RegisterPlayerInput, { description: 'The new account.' }) input: RegisterPlayerInput, @Ctx() ctx: IdentityContext): Promise<PlayerAuthPayloadType> {
    return toPayload(await ctx.services.players.register(input, ctx.clientIp));
  }

  @Mutation(() => PlayerAuthPayloadType, { description: 'Signs a player in to a tenant.' })
  async loginPlayer(@Arg('input', () => LoginPlayerInput, { description: 'Tenant, email and password.' }) input: LoginPlayerInput, @Ctx() ctx: IdentityContext): Promise<PlayerAuthPayloadType> {
    return toPayload(await ctx.services.players.login(input, ctx.clientIp));
  }

  @FieldResolver(() => TenantType, { description: 'The casino the player belongs to.' })
  async tenant(@Root() player: PlayerType, @Ctx() ctx: IdentityContext): Promise<TenantType> {
    const tenant = await ctx.loaders.tenants.load(player.tenantId);
    if (!tenant) throw new Error(`Tenant ${player.tenantId} of player ${player.id} is missing.`);
    return TenantType.from(tenant);
  }

  @FieldResolver(() => String, { nullable: true, description: "Email address; visible only to the player, the tenant's staff and partners with players:read." })
  async email(@Root() player: PlayerType, @Ctx() ctx: IdentityContext): Promise<string | null> {
    if (!player.authenticatedSelf && !canSeePlayerEmail(ctx.principal, player)) return null;
    return (await ctx.loaders.users.load(player.userId))?.email ?? null;
  }
}
