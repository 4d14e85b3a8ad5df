import { CodedError } from '@casinox/graphql';
import { randomUUID } from 'node:crypto';
import { ISSUER } from '@casinox/auth';
import { errors, jwtVerify, SignJWT } from 'jose';
import { buildAccessClaims, type TokenSubject } from './build-access-claims.js';
import type { SigningKeyService } from './signing-key.service.js';

export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
/** Long enough to open an authenticator app, short enough that a leaked challenge is useless. */
export const CHALLENGE_TTL_SECONDS = 5 * 60;
/**
 * The TOTP challenge's own audience. The access-token verifier accepts only the three app
 * audiences, so a challenge can never pass for an access token anywhere.
 */
export const CHALLENGE_AUDIENCE = 'casinox:totp-challenge';

export interface SignedToken {
  token: string;
  expiresAt: Date;
}

/** Mints every JWT identity issues, always with the current key and its `kid`. */
export class TokenSigner {
  constructor(private readonly keys: SigningKeyService) {}

  /**
   * An access token. `authTime` (the registered `auth_time` claim) is when the person last proved
   * who they are; switching tenant carries it over so it cannot stretch a session.
   */
  async accessToken(subject: TokenSubject, authTime?: Date): Promise<SignedToken> {
    const content = buildAccessClaims(subject);
    const payload: Record<string, unknown> = { ...content.claims };
    if (authTime) payload.auth_time = Math.floor(authTime.getTime() / 1000);
    return this.sign(payload, content.subject, content.audience, ACCESS_TOKEN_TTL_SECONDS);
  }

  async challenge(userId: string): Promise<SignedToken> {
    return this.sign({}, userId, CHALLENGE_AUDIENCE, CHALLENGE_TTL_SECONDS);
  }

  /** The user a TOTP challenge was issued to; CHALLENGE_EXPIRED or UNAUTHENTICATED otherwise. */
  async verifyChallenge(token: string): Promise<{ userId: string }> {
    try {
      const { payload } = await jwtVerify(
        token,
        async (header) => {
          const key = await this.keys.publicKey(header.kid);
          if (!key) throw new errors.JWKSNoMatchingKey();
          return key;
        },
        { issuer: ISSUER, audience: CHALLENGE_AUDIENCE, algorithms: ['ES256'] },
      );
      if (!payload.sub) throw new errors.JWTClaimValidationFailed('missing sub', payload, 'sub', 'missing');
      return { userId: payload.sub };
    } catch (error) {
      if (error instanceof errors.JWTExpired)
        throw new CodedError('CHALLENGE_EXPIRED', 'The sign-in challenge has expired; sign in again.');
      throw new CodedError('UNAUTHENTICATED', 'The sign-in challenge is not valid.');
    }
  }

  private async sign(
    payload: Record<string, unknown>,
    subject: string,
    audience: string,
    ttlSeconds: number,
  ): Promise<SignedToken> {
    const key = await this.keys.signingKey();
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + ttlSeconds;
    const token = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
      .setIssuer(ISSUER)
      .setSubject(subject)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .setJti(randomUUID())
      .sign(key.privateKey);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }
}
