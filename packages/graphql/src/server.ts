import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { AuthError, bearerToken, type ServiceVerifier, type TokenVerifier } from '@casinox/auth';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from './context.js';
import { formatError } from './errors.js';
import { DEFAULT_SHUTDOWN, gracefulShutdown, type ShutdownTiming } from './graceful-http.js';
import { refuseNulBytes } from './nul-bytes.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void> | void;

/** A route of the internal listener: only the named services may call it, each request signed. */
export interface InternalRoute {
  callers: readonly string[];
  handle(req: IncomingMessage, res: ServerResponse, body: Buffer, caller: string): Promise<void> | void;
}

/** The service that may send GraphQL to a subgraph: clients reach subgraphs only through it. */
export const GRAPHQL_CALLER = 'gateway';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  port: number;
  host?: string;
  schema: GraphQLSchema;
  verifyToken: TokenVerifier;
  /** Checks the signature of every GraphQL request (the gateway's) and of every internal call. */
  services: ServiceVerifier;
  /** Adds the subgraph's own services to the shared context. */
  context: (base: BaseContext) => TContext | Promise<TContext>;
  /** Extra public HTTP routes, e.g. `GET /.well-known/jwks.json` or a payment provider's webhooks. */
  routes?: Record<string, RouteHandler>;
  /** Service-to-service routes, served on their own listener that deployments never publish. */
  internal?: { port: number; host?: string; routes: Record<string, InternalRoute> };
  /** Readiness probe (database reachable…); liveness is `/health`. */
  ready?: () => Promise<void>;
  maxBodyBytes?: number;
  /** Readiness grace and the bound on draining requests in flight at shutdown (both listeners). */
  shutdown?: ShutdownTiming;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Origin of the internal listener, when there is one. */
  internalUrl: string | null;
  server: Server;
  stop(): Promise<void>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export function graphqlErrorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Starts a subgraph: Apollo Server on a plain Node HTTP server with health and extra routes. */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: (formatted, error) =>
      formatError(formatted, error, (cause) => console.error(`[${options.name}]`, cause)),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), refuseNulBytes],
  });
  await apollo.start();
  const limit = options.maxBodyBytes ?? 1_000_000;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge)
        return sendJson(res, 413, graphqlErrorBody('PAYLOAD_TOO_LARGE', 'Request body too large.'));
      console.error(`[${options.name}]`, error);
      if (!res.headersSent) sendJson(res, 500, graphqlErrorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: options.name });
    if (url.pathname === '/ready') {
      if (shutdown.draining) return sendJson(res, 503, { status: 'draining', service: options.name });
      try {
        await options.ready?.();
        return sendJson(res, 200, { status: 'ready', service: options.name });
      } catch {
        return sendJson(res, 503, { status: 'unavailable', service: options.name });
      }
    }
    const route = options.routes?.[`${req.method} ${url.pathname}`];
    if (route) return route(req, res, await readBody(req, limit));
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    const body = await readBody(req, limit);
    try {
      const caller = options.services.verify({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body,
        headers: req.headers,
      });
      if (caller !== GRAPHQL_CALLER)
        throw new AuthError('FORBIDDEN', 'Only the gateway may send GraphQL to a subgraph.');
    } catch (error) {
      const refusal =
        error instanceof AuthError ? error : new AuthError('UNAUTHENTICATED', 'Service authentication required.');
      return sendJson(res, refusal.code === 'FORBIDDEN' ? 403 : 401, graphqlErrorBody(refusal.code, refusal.message));
    }
    let principal = null;
    const token = bearerToken(req.headers.authorization);
    if (token) {
      try {
        principal = await options.verifyToken(token);
      } catch (error) {
        const code = error instanceof AuthError ? error.code : 'UNAUTHENTICATED';
        return sendJson(res, 401, graphqlErrorBody(code, error instanceof Error ? error.message : 'Invalid token.'));
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = undefined;
    if (body.length > 0) {
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 400, graphqlErrorBody('BAD_REQUEST', 'Malformed JSON body.'));
      }
    }
    const base: BaseContext = {
      principal,
      // Signed by the gateway (above), so the client facts it forwards can be believed.
      clientIp: String(req.headers['x-casinox-client-ip'] ?? ''),
      requestId: String(req.headers['x-request-id'] ?? randomUUID()),
    };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => options.context(base),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const internal = options.internal
    ? internalServer(options.name, options.services, options.internal.routes, limit)
    : null;
  const shutdown = gracefulShutdown(internal ? [server, internal] : [server]);
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  if (internal && options.internal)
    await new Promise<void>((resolve) =>
      internal.listen(options.internal!.port, options.internal!.host ?? '127.0.0.1', resolve),
    );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    internalUrl: internal ? `http://127.0.0.1:${(internal.address() as AddressInfo).port}` : null,
    server,
    // Readiness 503, stop accepting, let requests in flight finish (bounded), then close.
    async stop() {
      await shutdown.drain(options.shutdown ?? DEFAULT_SHUTDOWN);
      await apollo.stop();
    },
  };
}

/** The internal listener: every request signed by a known service, each route open to its own callers only. */
function internalServer(
  name: string,
  services: ServiceVerifier,
  routes: Record<string, InternalRoute>,
  limit: number,
): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: name });
    const key = `${req.method} ${url.pathname}`;
    const route = Object.hasOwn(routes, key) ? routes[key] : undefined;
    if (!route)
      return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: 'There is no such internal route.' });
    const body = await readBody(req, limit);
    let caller: string;
    try {
      caller = services.verify({ method: req.method ?? 'GET', path: req.url ?? '/', body, headers: req.headers });
    } catch (error) {
      return sendJson(res, 401, {
        ok: false,
        code: 'UNAUTHENTICATED',
        message: error instanceof AuthError ? error.message : 'Service authentication required.',
      });
    }
    if (!route.callers.includes(caller))
      return sendJson(res, 403, { ok: false, code: 'FORBIDDEN', message: `${caller} may not call ${key}.` });
    await route.handle(req, res, body, caller);
  };
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge)
        return sendJson(res, 413, { ok: false, code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large.' });
      console.error(`[${name}] internal`, error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, code: 'INTERNAL', message: 'Internal error.' });
    });
  });
}
