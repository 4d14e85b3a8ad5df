import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { AuthError, createTokenVerifier, type Principal, ServiceSigner } from '@casinox/auth';
import { SUBGRAPH_REGISTRY, SUBGRAPHS, type SubgraphName } from '@casinox/db/subgraphs';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import { API_KEY_REVOKED_CHANNEL, createAuthenticator } from './auth/authenticate.js';
import { resolveClientIp, trustedProxyMatcher } from './auth/resolve-client-ip.js';
import {
  parseRevocation,
  STAFF_TOKENS_REVOKED_CHANNEL,
  StaffTokenVersions,
  staffRevocationSync,
} from './auth/staff-revocations.js';
import { type GatewayEnv, subgraphUrlVariable } from './env.js';
import { formatGatewayError } from './errors.js';
import { LiveHub } from './live/live-hub.js';
import { PgListener } from './live/pg-listener.js';
import { LIVE_TOPICS } from './live/topics.js';
import { attachLiveServer } from './live/ws-server.js';
import { gracefulShutdown } from '@casinox/graphql/graceful-http';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { SUPERGRAPH_FILE, withSubscriptions } from './supergraph.js';

export interface GatewayContext {
  principal: Principal | null;
  token: string | null;
  clientIp: string;
  requestId: string;
}

/** GraphQL-over-HTTP: answer in the media type the client accepts (graphql-response+json), else legacy JSON. */
const mediaType = (accept: string | undefined) =>
  accept?.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
const json = (res: ServerResponse, status: number, body: unknown, accept?: string) => {
  res.statusCode = status;
  res.setHeader('content-type', `${mediaType(accept)}; charset=utf-8`);
  res.end(JSON.stringify(body));
};
const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });
const requestError = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Request errors the gateway's executor would otherwise throw (and Apollo answer as a 500):
 * no operation to run (ambiguous or unknown operationName), or a subscription over HTTP.
 */
const httpRequestErrors: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (!operation) {
          throw requestError(
            'OPERATION_RESOLUTION_FAILURE',
            request.operationName
              ? `Unknown operation named "${request.operationName}".`
              : 'Must provide operation name if query contains multiple operations.',
          );
        }
        if (operation.operation === 'subscription') {
          throw requestError(
            'BAD_REQUEST',
            'Subscriptions are served over WebSocket (graphql-ws) on this path, not over HTTP.',
          );
        }
      },
    };
  },
};

export async function startGateway(env: GatewayEnv) {
  const verifyToken = createTokenVerifier({ jwksUrl: env.JWKS_URL });
  const signer = new ServiceSigner('gateway', env.SERVICE_KEY);
  // Staff tokens identity revoked are refused here at once (players' run out within ten minutes).
  const staffVersions = new StaffTokenVersions();
  const isRevoked = (principal: Principal) => staffVersions.isRevoked(principal);
  const authenticate = createAuthenticator({
    verifyToken,
    identityInternalUrl: env.IDENTITY_INTERNAL_URL,
    signer,
    isRevoked,
  });
  let closeRevokedSockets = () => {};
  const staffSync = staffRevocationSync({
    versions: staffVersions,
    identityInternalUrl: env.IDENTITY_INTERNAL_URL,
    signer,
    changed: () => closeRevokedSockets(),
  });
  const subgraphUrls: Record<string, string> = Object.fromEntries(
    SUBGRAPHS.map((name) => [name, env[subgraphUrlVariable(name)]]),
  );

  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) => {
      const source = new SubgraphDataSource(name, subgraphUrls[name] ?? url!, signer);
      dataSources.push(source);
      return source;
    },
  });
  let liveSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    liveSchema = withSubscriptions(apiSchema);
  });

  const armor = new ApolloArmor({
    maxDepth: { n: env.MAX_QUERY_DEPTH, ignoreIntrospection: true },
    costLimit: { maxCost: env.MAX_QUERY_COST },
    // Armor counts tokens in a plugin hook, where a throw is a 500; graphql's own limit (parseOptions) is a 400.
    maxTokens: { enabled: false },
    maxAliases: { n: env.MAX_ALIASES },
    maxDirectives: { n: 20 },
    // formatGatewayError drops every suggestion (fields and enum values); armor only knew fields.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // graphql-armor is typed against Apollo's CJS build; the plugins are the same objects at run time.
    plugins: [...(armor.plugins as unknown as ApolloServerPlugin<GatewayContext>[]), httpRequestErrors],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: env.MAX_QUERY_TOKENS },
    allowBatchedHttpRequests: false,
    formatError: formatGatewayError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  /** A query through the whole gateway as the given token's principal, or signed out without one (live follow-ups). */
  const runQuery = async (
    document: string,
    variables: Record<string, unknown>,
    token: string | null,
  ): Promise<ExecutionResult> => {
    const principal = token ? await verifyToken(token) : null;
    const response = await apollo.executeOperation(
      { query: document, variables },
      { contextValue: { principal, token, clientIp: '', requestId: randomUUID() } },
    );
    if (response.body.kind !== 'single') throw new Error('unexpected incremental result');
    return response.body.singleResult as ExecutionResult;
  };
  const hub = new LiveHub(LIVE_TOPICS, runQuery, (message, error) =>
    console.error(`[gateway] ${message}`, error ?? ''),
  );
  const onStaffRevoked = (payload: string) => {
    const revocation = parseRevocation(payload);
    if (!revocation) return;
    staffVersions.learn(revocation.userId, revocation.version);
    closeRevokedSockets();
  };
  const listener = new PgListener(
    env.LISTEN_DATABASE_URL,
    [...hub.channels, API_KEY_REVOKED_CHANNEL, STAFF_TOKENS_REVOKED_CHANNEL],
    (channel, payload) =>
      channel === API_KEY_REVOKED_CHANNEL
        ? authenticate.forgetExchangedKeys()
        : channel === STAFF_TOKENS_REVOKED_CHANNEL
          ? onStaffRevoked(payload)
          : void hub.dispatch(channel, payload),
    () => {
      // Missed notifications: revocations and updates alike.
      authenticate.forgetExchangedKeys();
      void staffSync.resync();
      void hub.refreshAll();
    },
  );
  await listener.start();
  // Listening now: the snapshot covers every revocation from before (until it loads, staff tokens issued earlier are refused).
  await staffSync.resync();
  const expirySweep = setInterval(() => {
    hub.dropExpired();
    staffVersions.forgetOld();
  }, 15_000);

  const allowedOrigins = new Set(env.CORS_ORIGINS);
  const isTrustedProxy = trustedProxyMatcher(env.TRUSTED_PROXIES);
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[gateway]', error);
      if (!res.headersSent) json(res, 500, errorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const origin = req.headers.origin;
    if (origin && allowedOrigins.has(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-credentials', 'true');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'access-control-allow-headers',
        'content-type, authorization, x-api-key, apollo-require-preflight, x-request-id',
      );
      res.setHeader('access-control-max-age', '600');
      res.statusCode = 204;
      res.end();
      return;
    }
    if (url.pathname === '/health') return json(res, 200, { status: 'ok', service: 'gateway' });
    if (url.pathname === '/ready') return json(res, ...(await readiness()));
    if (url.pathname !== '/graphql') return json(res, 404, { error: 'not found' });

    const accept = header(req, 'accept') ?? undefined;
    const read = await readLimited(req, env.MAX_BODY_BYTES, env.MAX_BODY_DRAIN_BYTES);
    if (!read.ok) {
      // Not kept alive: past the drain bound the rest of the body is unread, and it is no request.
      res.setHeader('connection', 'close');
      return json(
        res,
        413,
        errorBody('PAYLOAD_TOO_LARGE', `The request body exceeds ${env.MAX_BODY_BYTES} bytes.`),
        accept,
      );
    }
    const { body } = read;
    let principal: Principal | null;
    try {
      principal = await authenticate({ authorization: req.headers.authorization, apiKey: header(req, 'x-api-key') });
    } catch (error) {
      if (error instanceof AuthError) return json(res, 401, errorBody(error.code, error.message), accept);
      throw error;
    }
    let parsed: unknown;
    if (body.length) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return json(res, 400, errorBody('BAD_REQUEST', 'The request body is not valid JSON.'), accept);
      }
    }
    if (Array.isArray(parsed))
      return json(res, 400, errorBody('BAD_REQUEST', 'Batched requests are not accepted.'), accept);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const contextValue: GatewayContext = {
      principal,
      token: principal?.token ?? null,
      clientIp: resolveClientIp(req.socket.remoteAddress ?? '', header(req, 'x-forwarded-for'), isTrustedProxy),
      requestId: header(req, 'x-request-id') ?? randomUUID(),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => contextValue,
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') return void res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function readiness(): Promise<[number, unknown]> {
    const draining = shutdown.draining;
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        try {
          const res = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) });
          return [name, res.ok ? 'ready' : `HTTP ${res.status}`] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    const subgraphs = Object.fromEntries(checks);
    // Only the critical subgraphs (registry: identity, wallet, games) gate readiness: without them no
    // one can sign in, pay or bet; a non-critical one down degrades its own fields, reported here.
    const critical = checks.filter(([name]) => SUBGRAPH_REGISTRY[name as SubgraphName]?.critical ?? true);
    const ok =
      !draining && critical.every(([, state]) => state === 'ready') && listener.listening && liveSchema !== null;
    const degraded = checks.filter(([, state]) => state !== 'ready').map(([name]) => name);
    return [
      ok ? 200 : 503,
      {
        status: draining ? 'draining' : ok ? (degraded.length ? 'degraded' : 'ready') : 'unavailable',
        listener: listener.listening,
        subgraphs,
        degraded,
      },
    ];
  }

  const live = attachLiveServer({
    server,
    path: '/graphql',
    schema: () => liveSchema,
    authenticate,
    hub,
    topics: LIVE_TOPICS,
    validationRules: armor.validationRules,
    isRevoked,
    maxTokens: env.MAX_QUERY_TOKENS,
    clientIp: (request) =>
      resolveClientIp(request.socket.remoteAddress ?? '', header(request, 'x-forwarded-for'), isTrustedProxy),
    limits: {
      socketsPerIp: env.WS_MAX_SOCKETS_PER_IP,
      socketsPerUser: env.WS_MAX_SOCKETS_PER_USER,
      sockets: env.WS_MAX_SOCKETS,
      subscriptionsPerSocket: env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      subscriptions: env.WS_MAX_SUBSCRIPTIONS,
      idleMs: env.WS_IDLE_SECONDS * 1000,
      heartbeatMs: env.WS_HEARTBEAT_SECONDS * 1000,
    },
  });
  closeRevokedSockets = () => void live.closeRevoked();
  const shutdown = gracefulShutdown([server]);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const { port } = server.address() as AddressInfo;

  let stopping: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    port,
    hub,
    /** Readiness 503, then stop accepting; requests in flight finish and sockets are told to go away (1001), both bounded. */
    stop: () => (stopping ??= stop()),
  };

  async function stop() {
    const http = shutdown.drain({ graceMs: env.SHUTDOWN_GRACE_MS, drainMs: env.SHUTDOWN_DRAIN_MS });
    // Sockets go once the grace period is over, like new connections.
    await new Promise((resolve) => setTimeout(resolve, env.SHUTDOWN_GRACE_MS));
    await live.close(env.SHUTDOWN_DRAIN_MS);
    clearInterval(expirySweep);
    staffSync.stop();
    hub.close();
    await listener.stop();
    await http;
    await apollo.stop();
    await Promise.all(dataSources.map((source) => source.close()));
  }
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

type ReadBody = { ok: true; body: Buffer } | { ok: false };

/**
 * The body, or `ok: false` past `limit`. The excess is read and dropped up to `drainLimit`, so
 * the client, still sending, gets the 413 rather than a reset; past that (or a Content-Length
 * past it) reading stops at once and the connection is closed after the answer.
 */
function readLimited(req: IncomingMessage, limit: number, drainLimit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length']) > drainLimit) {
      req.pause();
      return resolve({ ok: false });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: ReadBody) => {
      req.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > drainLimit) {
        req.pause();
        done({ ok: false });
      }
    };
    const onEnd = () => done(size > limit ? { ok: false } : { ok: true, body: Buffer.concat(chunks) });
    const onError = (error: Error) => {
      req.off('data', onData).off('end', onEnd);
      reject(error);
    };
    req.on('data', onData).once('end', onEnd).once('error', onError);
  });
}
