import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { AuthError, bearerToken, type TokenVerifier } from '@casinox/auth';
import type { GraphQLSchema } from 'graphql';
import type { BaseContext } from './context.js';
import { formatError } from './errors.js';
import { refuseNulBytes } from './nul-bytes.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void> | void;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  port: number;
  host?: string;
  schema: GraphQLSchema;
  verifyToken: TokenVerifier;
  /** Adds the subgraph's own services to the shared context. */
  context: (base: BaseContext) => TContext | Promise<TContext>;
  /** Extra HTTP routes, e.g. `GET /.well-known/jwks.json` or `POST /internal/...`. */
  routes?: Record<string, RouteHandler>;
  /** Readiness probe (database reachable…); liveness is `/health`. */
  ready?: () => Promise<void>;
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  port: number;
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
export async function startSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<RunningServer> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: (formatted, error) => formatError(formatted, error, (cause) => console.error(`[${options.name}]`, cause)),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), refuseNulBytes],
  });
  await apollo.start();
  const limit = options.maxBodyBytes ?? 1_000_000;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) return sendJson(res, 413, graphqlErrorBody('PAYLOAD_TOO_LARGE', 'Request body too large.'));
      console.error(`[${options.name}]`, error);
      if (!res.headersSent) sendJson(res, 500, graphqlErrorBody('INTERNAL_SERVER_ERROR', 'Internal server error.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: options.name });
    if (url.pathname === '/ready') {
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
      clientIp: String(req.headers['x-casinox-client-ip'] ?? req.socket.remoteAddress ?? ''),
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

  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}
