import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { SignJWT } from 'jose';
import { currentSigningKey } from './builders.js';

/**
 * Genuine access tokens for integration tests of the other subgraphs: signed with identity's own
 * current key (so a subgraph verifies a real signature against identity's JWKS), without going
 * through login. Never used by the running platform.
 */
export async function testTokenSigner(orm: MikroORM, identitySecret: string) {
  const key = await currentSigningKey(orm, identitySecret);
  const sign = (audience: string, claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
      .setIssuer('casinox-identity')
      .setSubject(randomUUID())
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(key.key);
  return {
    playerToken: (tenantId: string, playerId: string) =>
      sign('casinox:player', { kind: 'player', tid: tenantId, pid: playerId }),
    /** An operator session; pass `operatorId` to act as the same operator twice. */
    operatorToken: (tenantId: string, role = 'FINANCE', operatorId: string = randomUUID()) =>
      sign('casinox:admin', { kind: 'operator', tid: tenantId, oid: operatorId, role }),
  };
}
