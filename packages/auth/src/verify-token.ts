import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { AuthError } from './errors.js';
import { type AccessClaims, AUDIENCES, type Audience, ISSUER, OPERATOR_ROLES, type Principal } from './principal.js';

export type TokenVerifier = (token: string) => Promise<Principal>;

const ALLOWED_ALGORITHMS = ['ES256'];
const KNOWN_AUDIENCES = new Set<string>(Object.values(AUDIENCES));

/**
 * Verifies CasinoX access tokens against identity's JWKS: signature (ES256 only, so `alg: none`
 * and HMAC confusion are refused), issuer, expiry and audience. Keys are cached and refetched
 * when an unknown `kid` shows up (key rotation).
 */
export function createTokenVerifier(options: {
  jwksUrl: string;
  audiences?: Audience[];
  cacheSize?: number;
}): TokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 10_000, cacheMaxAge: 10 * 60_000 });
  const audiences = options.audiences ?? Object.values(AUDIENCES);
  // A player's every bet carries the same token; the gateway and each subgraph verify it. An ES256
  // verification costs ~0.1–0.3 ms of CPU (WebCrypto job), a lookup nothing: verified tokens are
  // remembered until they expire (access tokens are short-lived and are not revoked one by one).
  const verified = new Map<string, Principal>();
  const cacheSize = options.cacheSize ?? 10_000;
  return async (token) => {
    const cached = verified.get(token);
    if (cached) {
      if (cached.expiresAt > Date.now() / 1000) return cached;
      verified.delete(token);
    }
    const principal = await verifyOnce(token);
    if (verified.size >= cacheSize) verified.delete(verified.keys().next().value!);
    verified.set(token, principal);
    return principal;
  };

  async function verifyOnce(token: string): Promise<Principal> {
    let payload: JWTPayload & Partial<AccessClaims>;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: ISSUER,
        audience: audiences,
        algorithms: ALLOWED_ALGORITHMS,
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new AuthError('TOKEN_EXPIRED', 'The access token has expired.');
      throw new AuthError('UNAUTHENTICATED', 'The access token is invalid.');
    }
    return toPrincipal(payload, token);
  }
}

function toPrincipal(payload: JWTPayload & Partial<AccessClaims>, token: string): Principal {
  const audience = (Array.isArray(payload.aud) ? payload.aud[0] : payload.aud) as Audience | undefined;
  const kind = payload.kind;
  if (!payload.sub || !audience || !KNOWN_AUDIENCES.has(audience) || !kind || !payload.exp) {
    throw new AuthError('UNAUTHENTICATED', 'The access token is missing required claims.');
  }
  if (payload.role !== undefined && !OPERATOR_ROLES.includes(payload.role)) {
    throw new AuthError('UNAUTHENTICATED', 'The access token carries an unknown role.');
  }
  // A token is only good for the app it was issued to.
  const expected: Record<Audience, string> = {
    'casinox:player': 'player',
    'casinox:admin': 'operator',
    'casinox:partner': 'partner',
  };
  if (expected[audience] !== kind)
    throw new AuthError('UNAUTHENTICATED', 'The access token audience does not match its kind.');
  return {
    kind,
    userId: payload.sub,
    tenantId: payload.tid ?? null,
    playerId: payload.pid ?? null,
    operatorId: payload.oid ?? null,
    role: payload.role ?? null,
    platformAdmin: payload.pa === true,
    scopes: Array.isArray(payload.scp) ? payload.scp.map(String) : [],
    audience,
    expiresAt: payload.exp,
    issuedAt: typeof payload.iat === 'number' ? payload.iat : 0,
    tokenVersion: typeof payload.ver === 'number' ? payload.ver : 0,
    token,
  };
}

/** Extracts the bearer token from an Authorization header value. */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}
