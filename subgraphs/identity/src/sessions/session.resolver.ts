import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context.js';
import { SessionType } from './session.types.js';

@Resolver(() => SessionType)
export class SessionResolver {
  @Mutation(() => SessionType, {
    description:
      'Exchanges a refresh token for a new access token and a new refresh token. The old refresh token is used up; presenting it again ends the session (REFRESH_TOKEN_REUSED).',
  })
  async refreshSession(
    @Arg('refreshToken', () => String, { description: 'The current refresh token.' }) refreshToken: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<SessionType> {
    return SessionType.from(await ctx.services.sessions.refresh(refreshToken));
  }

  @Mutation(() => Boolean, {
    description:
      'Ends the session the refresh token belongs to. For staff, every access token of the user stops working at once (other sessions refresh). Always true, so it reveals nothing about the token.',
  })
  async logout(
    @Arg('refreshToken', () => String, { description: 'The current refresh token.' }) refreshToken: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<boolean> {
    await ctx.services.sessions.logout(refreshToken);
    return true;
  }
}
