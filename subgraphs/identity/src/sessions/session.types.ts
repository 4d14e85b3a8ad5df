import { Field, ObjectType } from 'type-graphql';

/** What a client keeps after signing in or refreshing. */
export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

@ObjectType('Session', {
  description: 'A signed-in session: a short-lived access token and the refresh token that renews it.',
})
export class SessionType implements SessionTokens {
  @Field(() => String, { description: 'ES256 JWT to send as `Authorization: Bearer …`; valid for 10 minutes.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token expires; refresh shortly before.' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    description:
      'Opaque refresh token. Single use: every refresh returns a new one, and presenting a used one ends the session.',
  })
  refreshToken!: string;

  @Field(() => Date, {
    description: 'When the session ends for good (30 days for players, 12 hours for staff), refreshes or not.',
  })
  refreshTokenExpiresAt!: Date;

  @Field(() => String, { description: 'Always `Bearer`.' })
  tokenType!: string;

  static from(tokens: SessionTokens): SessionType {
    return Object.assign(new SessionType(), tokens, { tokenType: 'Bearer' });
  }
}
