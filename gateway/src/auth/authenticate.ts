import { createHash } from 'node:crypto';
import {
  AuthError,
  bearerToken,
  type Principal,
  SIGNATURE_HEADER,
  type ServiceSigner,
  type TokenVerifier,
} from '@casinox/auth';

export interface Credentials {
  authorization?: string | null;
  apiKey?: string | null;
}

export type Authenticate = (credentials: Credentials) => Promise<Principal | null>;

/** Identity notifies this channel when a key is revoked (see ApiKeyService.revoke). */
export const API_KEY_REVOKED_CHANNEL = 'cx_api_key_revoked';

export interface Authenticator extends Authenticate {
  /** Drops every cached exchange: the next request with a key asks identity again. */
  forgetExchangedKeys(): void;
}

interface CachedExchange {
  token: string;
  expiresAt: number;
}

/**
 * Turns what a client presents into a verified principal:
 * - `Authorization: Bearer <jwt>` (players, operators) is verified against identity's JWKS, and a
 *   staff token identity has revoked since it was issued is refused (`isRevoked`);
 * - `X-Api-Key: <key>` (partners) is exchanged once with identity for a short-lived partner
 *   token, cached by the key's hash until shortly before it expires, then verified like any token.
 * The resulting token is what the gateway forwards, and every subgraph verifies it again.
 */
export function createAuthenticator(options: {
  verifyToken: TokenVerifier;
  identityInternalUrl: string;
  signer: ServiceSigner;
  fetch?: typeof fetch;
  /** Staff tokens identity revoked before they expire (StaffTokenVersions.isRevoked). */
  isRevoked?: (principal: Principal) => boolean;
}): Authenticator {
  const exchanges = new Map<string, CachedExchange>();
  const doFetch = options.fetch ?? fetch;

  async function exchange(apiKey: string): Promise<string> {
    const cacheKey = createHash('sha256').update(apiKey).digest('hex');
    const cached = exchanges.get(cacheKey);
    if (cached && cached.expiresAt - 30_000 > Date.now()) return cached.token;
    const url = new URL('/internal/api-keys/exchange', options.identityInternalUrl);
    const body = JSON.stringify({ apiKey });
    const res = await doFetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: options.signer.sign('identity', { method: 'POST', path: url.pathname, body }),
      },
      body,
    });
    if (res.status === 401 || res.status === 403 || res.status === 400) {
      exchanges.delete(cacheKey);
      throw new AuthError('UNAUTHENTICATED', 'The API key is invalid or revoked.');
    }
    if (!res.ok) throw new Error(`API key exchange failed with HTTP ${res.status}`);
    const exchanged = (await res.json()) as { accessToken: string; expiresAt: string | number };
    exchanges.set(cacheKey, { token: exchanged.accessToken, expiresAt: new Date(exchanged.expiresAt).getTime() });
    if (exchanges.size > 10_000) exchanges.delete(exchanges.keys().next().value!);
    return exchanged.accessToken;
  }

  const authenticate: Authenticate = async ({ authorization, apiKey }) => {
    if (apiKey) return options.verifyToken(await exchange(apiKey.trim()));
    if (!authorization) return null;
    const token = bearerToken(authorization);
    if (!token) throw new AuthError('UNAUTHENTICATED', 'Use "Authorization: Bearer <token>".');
    const principal = await options.verifyToken(token);
    if (options.isRevoked?.(principal))
      throw new AuthError('TOKEN_REVOKED', 'The access token has been revoked; refresh the session or sign in again.');
    return principal;
  };
  // Revocations are rare: forgetting every cached exchange is simpler than mapping keys to ids.
  return Object.assign(authenticate, { forgetExchangedKeys: () => exchanges.clear() });
}
