import 'reflect-metadata';
import { AuthError, createTokenVerifier, ServiceVerifier, type TokenVerifier } from '@casinox/auth';
import { createOrm, createPool, scheduleJob } from '@casinox/db';
import { EventBus } from '@casinox/events';
import { startSubgraphServer } from '@casinox/graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { exchangeRoute } from './api-keys/exchange.route.js';
import { createContext } from './context.js';
import { entities } from './entities.js';
import type { IdentityEnv } from './env.js';
import { jwksRoute } from './keys/jwks.route.js';
import { migrations } from './migrations/index.js';
import { identityEventRelays } from './outbox/identity-event-relay.js';
import { buildIdentitySchema } from './schema.js';
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

const MAINTENANCE_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Starts the identity subgraph: ORM, signing keys (created on first start), GraphQL with the JWKS
 * and API-key exchange routes. With PORT 0 the OS picks the port, and unless JWKS_URL says
 * otherwise incoming tokens are verified against this instance's own JWKS on that port.
 */
export async function startIdentity(env: IdentityEnv, options: IdentityOptions = {}): Promise<RunningIdentity> {
  const orm = await createOrm({ url: env.DATABASE_URL, schema: 'identity', entities, migrations });
  const limiterPool = createPool('identity', { url: env.DATABASE_URL, max: 2 });
  let bus: EventBus | null = null;
  const closeDatabase = async () => {
    await bus?.stop().catch(() => {});
    await limiterPool.end();
    await orm.close(true);
  };
  try {
    const services = createIdentityServices({
      orm,
      limiterPool,
      identitySecret: env.IDENTITY_SECRET,
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    });
    await services.keys.ensureActiveKey();
    // Fails fast when IDENTITY_SECRET cannot open the stored key, instead of at the first sign-in.
    await services.keys.signingKey();
    const { schema } = await buildIdentitySchema();

    // The verifier needs the JWKS URL, which with PORT 0 is only known once listening.
    let verifier: TokenVerifier | null = null;
    const server = await startSubgraphServer({
      name: 'identity',
      port: env.PORT,
      host: env.HOST,
      schema,
      verifyToken: (token) => (verifier ? verifier(token) : Promise.reject(new AuthError('UNAUTHENTICATED', 'Identity is starting.'))),
      context: (base) => createContext(services, base),
      services: new ServiceVerifier('identity', env.SERVICE_CALLERS),
      routes: { 'GET /.well-known/jwks.json': jwksRoute(services.keys) },
      internal: {
        port: env.INTERNAL_PORT,
        host: env.INTERNAL_HOST,
        routes: {
          'POST /internal/api-keys/exchange': exchangeRoute(services.apiKeys),
          'GET /internal/staff-token-versions': staffTokenVersionsRoute(orm),
        },
      },
      ready: async () => void (await orm.em.getConnection().execute('select 1')),
    });
    const loopback = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
    const jwksUrl = `http://${loopback}:${server.port}/.well-known/jwks.json`;
    verifier = createTokenVerifier({ jwksUrl: env.JWKS_URL ?? jwksUrl });

    // Tenant currency lists and player registrations (written by triggers) onto the bus, for the money subgraphs' read models.
    bus = await EventBus.start(env.DATABASE_URL, { name: 'identity' });
    const relays = identityEventRelays(limiterPool, bus);
    const relaying = scheduleJob('identity outbox relay', env.OUTBOX_RELAY_INTERVAL_MS, async () => {
      for (const relay of relays) await relay.drain();
    });

    const maintenance = setInterval(() => {
      Promise.all([sweepRefreshTokens(orm), sweepRateLimits(limiterPool)]).catch((error: unknown) => console.error('[identity] maintenance', error));
    }, MAINTENANCE_INTERVAL_MS);
    maintenance.unref();

    return {
      url: server.url,
      port: server.port,
      internalUrl: server.internalUrl!,
      jwksUrl,
      orm,
      rotateSigningKey: (rotation) => services.keys.rotate(rotation),
      async stop() {
        clearInterval(maintenance);
        await relaying.stop();
        await server.stop();
        await closeDatabase();
      },
    };
  } catch (error) {
    await closeDatabase();
    throw error;
  }
}
