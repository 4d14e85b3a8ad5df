import 'reflect-metadata';
import { createPool } from '@casinox/db';
import { startSubgraphService } from '@casinox/graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { exchangeRoute } from './api-keys/exchange.route.js';
import { createContext } from './context.js';
import { entities } from './entities.js';
import type { IdentityEnv } from './env.js';
import { jwksRoute } from './keys/jwks.route.js';
import { migrations } from './migrations/index.js';
import { buildIdentitySchema } from './schema.js';
import type { IdentityServices } from './context.js';
import { createIdentityServices } from './services.js';
import { DEFAULT_RATE_LIMITS, type RateLimits, sweepRateLimits } from './sessions/login-throttle.service.js';
import { sweepRefreshTokens } from './sessions/session.service.js';
import { staffTokenVersionsRoute } from './sessions/staff-token-versions.route.js';

export { buildIdentitySchema, printIdentitySchema } from './schema.js';
export { loadIdentityEnv, type IdentityEnv } from './env.js';
export { entities } from './entities.js';
export { migrations } from './migrations/index.js';
export { DEFAULT_RATE_LIMITS, type RateLimits } from './sessions/login-throttle.service.js';
export { API_KEY_SCOPES } from './api-keys/api-key-scopes.js';
export { TENANT_UPDATED_CHANNEL } from './tenants/tenant.service.js';
export { STAFF_TOKENS_REVOKED_CHANNEL } from './sessions/staff-token-versions.js';
export { CHALLENGE_AUDIENCE, ACCESS_TOKEN_TTL_SECONDS } from './keys/token-signer.service.js';
export { totpCode } from './operators/totp.js';

export interface IdentityOptions {
  /** Overrides of the sign-in rate limits (tests, or a deployment with different needs). */
  rateLimits?: Partial<RateLimits>;
}

export interface RunningIdentity {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4101/graphql (the real port when PORT is 0). */
  url: string;
  port: number;
  /** Origin of the internal listener (the gateway's API-key exchange). */
  internalUrl: string;
  /** The JWKS this instance publishes: GET {origin}/.well-known/jwks.json. */
  jwksUrl: string;
  orm: MikroORM;
  /**
   * Key rotation: publishes a new signing key now; it signs from `publishAheadMs` (default one
   * minute) on, in every replica, and the old keys stay published for an hour after that.
   */
  rotateSigningKey(options?: { publishAheadMs?: number }): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the identity subgraph: ORM, signing keys (created on first start), GraphQL with the JWKS
 * and API-key exchange routes, the maintenance job. With PORT 0 the OS picks the port, and unless
 * JWKS_URL says otherwise incoming tokens are verified against this instance's own JWKS on that port.
 */
export async function startIdentity(env: IdentityEnv, options: IdentityOptions = {}): Promise<RunningIdentity> {
  const limiterPool = createPool('identity', { url: env.DATABASE_URL, max: 2 });
  let services: IdentityServices | null = null;
  const service = await startSubgraphService({
    name: 'identity',
    env,
    entities,
    migrations,
    buildSchema: buildIdentitySchema,
    release: [() => limiterPool.end()],
    parts: async (orm) => {
      const created = createIdentityServices({
        orm,
        limiterPool,
        identitySecret: env.IDENTITY_SECRET,
        rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
      });
      services = created;
      await created.keys.ensureActiveKey();
      // Fails fast when IDENTITY_SECRET cannot open the stored key, instead of at the first sign-in.
      await created.keys.signingKey();
      return {
        context: (base) => createContext(created, base),
        routes: { 'GET /.well-known/jwks.json': jwksRoute(created.keys) },
        internalRoutes: {
          'POST /internal/api-keys/exchange': exchangeRoute(created.apiKeys),
          'GET /internal/staff-token-versions': staffTokenVersionsRoute(orm),
        },
        // Tenant currency lists and player registrations (written by triggers) onto the bus, for the money subgraphs' read models.
        outbox: {
          pool: limiterPool,
          table: 'identity.identity_event',
          events: ['tenant.currencies', 'player.registered'],
          intervalMs: env.OUTBOX_RELAY_INTERVAL_MS,
        },
        jobs: [
          {
            queue: 'identity.maintenance',
            everyMs: env.MAINTENANCE_INTERVAL_MS,
            run: () => Promise.all([sweepRefreshTokens(orm), sweepRateLimits(limiterPool)]),
          },
        ],
      };
    },
  });
  const keys = services!.keys;
  return {
    url: service.url,
    port: service.port,
    internalUrl: service.internalUrl!,
    jwksUrl: service.ownJwksUrl,
    orm: service.orm,
    rotateSigningKey: (rotation) => keys.rotate(rotation),
    stop: service.stop,
  };
}
