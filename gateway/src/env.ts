import { internalPort, SUBGRAPH_REGISTRY, SUBGRAPHS, type SubgraphName } from '@casinox/db/subgraphs';
import { envField, loadEnv, shutdownEnvShape, z } from '@casinox/env';

/** The env variable naming a subgraph's GraphQL URL, e.g. WALLET_URL. */
export const subgraphUrlVariable = <N extends SubgraphName>(name: N) =>
  `${name.toUpperCase() as Uppercase<N>}_URL` as const;
type SubgraphUrlVariable = ReturnType<typeof subgraphUrlVariable<SubgraphName>>;
/** One `<NAME>_URL` per registered subgraph, defaulting to its registry port on loopback. */
const urlOf = (name: SubgraphName) =>
  envField.url().default(`http://127.0.0.1:${SUBGRAPH_REGISTRY[name].port}/graphql`);
const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [subgraphUrlVariable(name), urlOf(name)])) as Record<
  SubgraphUrlVariable,
  ReturnType<typeof urlOf>
>;

/** The only reader of process.env in the gateway. */
export function loadGatewayEnv(source: Record<string, string | undefined> = process.env) {
  return loadEnv(
    'gateway',
    {
      PORT: envField.port(4000),
      HOST: envField.host(),
      ...subgraphUrls,
      /** Identity's JWKS, to verify access tokens. */
      JWKS_URL: envField.url().default(`http://127.0.0.1:${SUBGRAPH_REGISTRY.identity.port}/.well-known/jwks.json`),
      /** Identity's internal listener, to exchange partner API keys for access tokens. */
      IDENTITY_INTERNAL_URL: envField.url().default(`http://127.0.0.1:${internalPort('identity')}`),
      /** The gateway's own key: signs every request to a subgraph (each holds only the key derived for it). */
      SERVICE_KEY: envField.secret(),
      /** Postgres URL of the `listener` role: LISTEN only, no table rights. */
      LISTEN_DATABASE_URL: envField.postgresUrl(),
      CORS_ORIGINS: z
        .string()
        .default('http://127.0.0.1:3000,http://localhost:3000,http://127.0.0.1:3001,http://localhost:3001')
        .transform((value) =>
          value
            .split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
        ),
      /** Proxies whose X-Forwarded-For is believed (the apps' Next servers, load balancers): IPs or CIDR ranges. */
      TRUSTED_PROXIES: z
        .string()
        .default('127.0.0.1,::1')
        .transform((value) =>
          value
            .split(',')
            .map((ip) => ip.trim())
            .filter(Boolean),
        ),
      MAX_QUERY_DEPTH: z.coerce.number().int().positive().default(12),
      // Armor multiplies by list sizes (`first`): a 100-item page of a connection costs ~8k.
      MAX_QUERY_COST: z.coerce.number().int().positive().default(50_000),
      MAX_QUERY_TOKENS: z.coerce.number().int().positive().default(2000),
      MAX_ALIASES: z.coerce.number().int().positive().default(20),
      MAX_BODY_BYTES: z.coerce.number().int().positive().default(100_000),
      /** How much of an oversized body is still read (and dropped) so the client gets its 413, not a reset. */
      MAX_BODY_DRAIN_BYTES: z.coerce
        .number()
        .int()
        .positive()
        .default(8 * 1024 * 1024),
      // WebSocket caps (docs/security.md, "WebSockets"): sockets per client address (as resolved
      // through TRUSTED_PROXIES), per user and overall; subscriptions per socket and overall.
      WS_MAX_SOCKETS_PER_IP: z.coerce.number().int().positive().default(20),
      WS_MAX_SOCKETS_PER_USER: z.coerce.number().int().positive().default(10),
      WS_MAX_SOCKETS: z.coerce.number().int().positive().default(10_000),
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().positive().default(32),
      WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().positive().default(100_000),
      /** A socket with no subscription for this long is closed (4440). */
      WS_IDLE_SECONDS: z.coerce.number().positive().default(60),
      /** Ping interval; a socket that has not answered the previous ping is closed (4441). */
      WS_HEARTBEAT_SECONDS: z.coerce.number().positive().default(30),
      ...shutdownEnvShape(),
    },
    source,
  );
}
export type GatewayEnv = ReturnType<typeof loadGatewayEnv>;
