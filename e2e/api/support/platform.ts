import { createOrm, SUBGRAPH_REGISTRY, SUBGRAPHS, type SubgraphName } from '@casinox/db';
import { loadGatewayEnv, subgraphUrlVariable } from '@casinox/gateway/env';
import { startGateway } from '@casinox/gateway';
import { startFromEnv, type StartedSubgraph } from '@casinox/graphql';
import { entities, loadIdentityEnv, migrations, startIdentity } from '@casinox/identity';
import {
  bearer,
  createTestDatabase,
  freePort,
  graphql,
  type GraphQLResponse,
  internalPost,
  TEST_SERVICE_KEYS,
  type TestDatabase,
  testServiceEnv,
} from '@casinox/testkit';
import { walletCallerFor } from '@casinox/wallet-client';
import type { MikroORM } from '@mikro-orm/postgresql';

export const SECRETS = {
  IDENTITY_SECRET: 'api-test-identity-secret-0123456789-abcdefgh',
};

/** Games keys the big-wins pseudonyms with it. */
export const PLAYER_ALIAS_SECRET = 'api-test-player-alias-secret-0123456789';

type Started = Pick<StartedSubgraph, 'url' | 'internalUrl' | 'stop'>;
export type Starter = (env: Record<string, string>) => Promise<Started>;

export interface TestPlatform {
  db: TestDatabase;
  gatewayUrl: string;
  wsUrl: string;
  urls: Record<SubgraphName, string>;
  /** The wallet's internal listener (the transfer API). */
  walletInternalUrl: string;
  /** An ORM on identity's runtime role, for seed builders (the domain's own code, not raw SQL). */
  identityOrm: MikroORM;
  /** Subscriptions the gateway currently serves (to wait for registration, not sleep). */
  liveSubscribers(): number;
  /** Shuts the gateway down as SIGTERM does (graceful; `stop()` then skips it). */
  stopGateway(): Promise<void>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; apiKey?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** POST /internal/v1/<operation> on the wallet's internal listener, signed as the service allowed to call it (how games, bonus… move money). */
  walletCall(operation: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/**
 * The whole platform for API tests: a private database, all seven subgraphs and the gateway,
 * in this process but each on its own real loopback port, talking real HTTP and WebSockets.
 */
export async function startTestPlatform(
  options: {
    starters?: Partial<Record<Exclude<SubgraphName, 'identity'>, Starter>>;
    /** Extra gateway env (limits under test). */ gatewayEnv?: Record<string, string>;
  } = {},
): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const running: Started[] = [];
  const stopAll = async () => {
    for (const service of running.reverse()) await service.stop().catch(() => {});
  };
  try {
    const identity = await startIdentity(
      loadIdentityEnv({ PORT: '0', DATABASE_URL: db.urlFor('identity'), ...SECRETS, ...testServiceEnv('identity') }),
      // Every API test registers from 127.0.0.1: lift the per-IP registration limit (identity tests the limits).
      {
        rateLimits: {
          registrationsPerIp: { points: 10_000, durationSeconds: 3600 },
          loginFailuresPerIp: { points: 10_000, durationSeconds: 900 },
        },
      },
    );
    running.push(identity);
    const urls = { identity: identity.url } as Record<SubgraphName, string>;
    const internalUrls: Partial<Record<SubgraphName, string>> = { identity: identity.internalUrl };
    // In registry order, so a callee (the wallet) is up before its callers; each as its index.ts starts it.
    for (const name of SUBGRAPHS) {
      if (name === 'identity') continue;
      const env: Record<string, string> = {
        PORT: String(await freePort()),
        DATABASE_URL: db.urlFor(name),
        JWKS_URL: identity.jwksUrl,
        ...testServiceEnv(name),
        ...(name === 'games' ? { PLAYER_ALIAS_SECRET } : {}),
      };
      for (const callee of SUBGRAPH_REGISTRY[name].calls)
        env[`${callee.toUpperCase()}_INTERNAL_URL`] = internalUrls[callee]!;
      const starter = options.starters?.[name] ?? ((env: Record<string, string>) => startFromEnv(name, env));
      const service = await starter(env);
      running.push(service);
      urls[name] = service.url;
      if (service.internalUrl) internalUrls[name] = service.internalUrl;
    }
    const walletInternalUrl = internalUrls.wallet!;
    const gatewayEnv: Record<string, string> = {
      PORT: String(await freePort()),
      JWKS_URL: identity.jwksUrl,
      IDENTITY_INTERNAL_URL: identity.internalUrl,
      SERVICE_KEY: TEST_SERVICE_KEYS.gateway,
      LISTEN_DATABASE_URL: db.listenerUrl,
    };
    for (const name of SUBGRAPHS) gatewayEnv[subgraphUrlVariable(name)] = urls[name];
    const gateway = await startGateway(loadGatewayEnv({ ...gatewayEnv, ...options.gatewayEnv }));
    running.push(gateway);
    const identityOrm = await createOrm({
      url: db.urlFor('identity'),
      schema: 'identity',
      entities,
      migrations,
      poolMax: 2,
    });
    return {
      db,
      gatewayUrl: gateway.url,
      wsUrl: gateway.wsUrl,
      urls,
      walletInternalUrl,
      identityOrm,
      liveSubscribers: () => gateway.hub.size,
      stopGateway: () => gateway.stop(),
      gql: (query, variables, options = {}) =>
        graphql(gateway.url, query, variables, {
          ...(options.token ? bearer(options.token) : {}),
          ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
          ...options.headers,
        }),
      async walletCall(operation, body) {
        return internalPost(
          `${walletInternalUrl}/internal/v1/${operation}`,
          walletCallerFor(operation) ?? 'bonus',
          'wallet',
          body,
        );
      },
      async stop() {
        await identityOrm.close(true);
        await stopAll();
        await db.drop();
      },
    };
  } catch (error) {
    await stopAll();
    await db.drop();
    throw error;
  }
}
