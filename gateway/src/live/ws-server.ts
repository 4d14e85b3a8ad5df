import type { IncomingMessage, Server } from 'node:http';
import { AuthError, type Principal } from '@casinox/auth';
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Authenticate } from '../auth/authenticate.js';
import { withoutSuggestions } from '../errors.js';
import { rootField } from './follow-up-document.js';
import type { LiveHub } from './live-hub.js';
import { authorizeSubscription, type LiveTopic } from './topics.js';

type ConnectionExtra = {
  /** Absent for a visitor: a connection without credentials, which may watch public topics only. */
  principal?: Principal;
  expiryTimer?: NodeJS.Timeout;
};

/**
 * Close codes (documented in docs/security.md, "WebSockets"). graphql-ws itself uses 4400, 4403,
 * 4406, 4408, 4409, 4429 and 4500; ours stay clear of them.
 */
export const CLOSE = {
  /** Credentials invalid, the token expired or (staff) was revoked: refresh it and reconnect. */
  UNAUTHORIZED: 4401,
  /** Too many sockets from this client address. */
  TOO_MANY_FROM_ADDRESS: 4430,
  /** Too many sockets for this user (or partner key). */
  TOO_MANY_FOR_USER: 4431,
  /** The gateway holds as many sockets as it will. */
  SOCKETS_EXHAUSTED: 4432,
  /** No subscription for the idle timeout: reconnect when there is something to watch. */
  IDLE: 4440,
  /** No pong to the last ping: the peer is gone or stuck. */
  NO_PONG: 4441,
} as const;
export const CLOSE_UNAUTHORIZED = CLOSE.UNAUTHORIZED;

/** What one client, one user and the whole gateway may hold (the gateway's env: WS_*). */
export interface LiveLimits {
  socketsPerIp: number;
  socketsPerUser: number;
  sockets: number;
  /** A page needs a handful; the cap keeps one (possibly anonymous) socket from registering subscribers without bound. */
  subscriptionsPerSocket: number;
  subscriptions: number;
  idleMs: number;
  heartbeatMs: number;
}

/** Per-socket bookkeeping for the caps and the heartbeat. */
interface Tracked {
  ip: string;
  userId?: string;
  alive: boolean;
  idleSince: number | null;
  subscriptions: () => number;
}

const coded = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

/**
 * graphql-ws on the gateway's own port and path (`/graphql`). Apollo Gateway never executes
 * subscriptions, so this server validates them against the API schema (plus our limits) and hands
 * them to the LiveHub. Authorised once at connect from `connectionParams.authorization` (or
 * `apiKey`), re-checked per subscription, and closed with 4401 when the token expires or (staff)
 * is revoked. A connection
 * without credentials is a visitor's: accepted, with no principal, for the lobby's public topics;
 * credentials that do not verify still close it with 4401 (never a silent downgrade to visitor).
 * Sockets are capped per client address (resolved like HTTP's, through trusted proxies), per
 * user and overall; subscriptions per socket and overall; a socket with no subscription for
 * `idleMs`, or that misses a pong, is closed. Every refusal is a typed close code (CLOSE).
 */
export function attachLiveServer(options: {
  server: Server;
  path: string;
  schema: () => GraphQLSchema | null;
  authenticate: Authenticate;
  hub: LiveHub;
  topics: LiveTopic[];
  validationRules: ValidationRule[];
  /** graphql's parser token limit, as on HTTP. */
  maxTokens: number;
  /** The client's address from the upgrade request (socket address and trusted X-Forwarded-For). */
  clientIp: (request: IncomingMessage) => string;
  limits: LiveLimits;
  /** Staff tokens revoked since they were issued: checked per subscription and by `closeRevoked`. */
  isRevoked?: (principal: Principal) => boolean;
}) {
  const { limits } = options;
  const topics = new Map(options.topics.map((topic) => [topic.field, topic]));
  const isRevoked = options.isRevoked ?? (() => false);
  // Signed-in sockets, so a revocation can close the ones whose token it ended.
  const signedIn = new Map<WebSocket, Principal>();
  const closeRevokedSocket = (socket: WebSocket) => socket.close(CLOSE.UNAUTHORIZED, 'Token revoked');
  const wss = new WebSocketServer({ server: options.server, path: options.path, maxPayload: 64 * 1024 });
  const tracked = new Map<WebSocket, Tracked>();
  const perIp = new Map<string, number>();
  const perUser = new Map<string, number>();
  const bump = (counts: Map<string, number>, key: string, by: number) => {
    const next = (counts.get(key) ?? 0) + by;
    if (next > 0) counts.set(key, next);
    else counts.delete(key);
    return next;
  };

  // Registered before graphql-ws's own listener: a socket over a cap is closed before it is served.
  wss.on('connection', (socket, request) => {
    const ip = options.clientIp(request);
    const entry: Tracked = { ip, alive: true, idleSince: Date.now(), subscriptions: () => 0 };
    tracked.set(socket, entry);
    const fromIp = bump(perIp, ip, 1);
    socket.on('pong', () => (entry.alive = true));
    socket.once('close', () => {
      tracked.delete(socket);
      bump(perIp, ip, -1);
      if (entry.userId) bump(perUser, entry.userId, -1);
    });
    if (tracked.size > limits.sockets) socket.close(CLOSE.SOCKETS_EXHAUSTED, 'The gateway holds too many connections');
    else if (fromIp > limits.socketsPerIp)
      socket.close(CLOSE.TOO_MANY_FROM_ADDRESS, 'Too many connections from this address');
  });

  // One sweep per heartbeat: ping (the previous ping unanswered closes), and close idle sockets.
  const sweep = setInterval(
    () => {
      const now = Date.now();
      for (const [socket, entry] of tracked) {
        if (socket.readyState !== socket.OPEN) continue;
        if (!entry.alive) {
          socket.close(CLOSE.NO_PONG, 'No pong');
          // A dead peer never answers the close handshake.
          setTimeout(() => socket.terminate(), 5000).unref();
          continue;
        }
        if (entry.subscriptions() > 0) entry.idleSince = null;
        else if (entry.idleSince === null) entry.idleSince = now;
        if (entry.idleSince !== null && now - entry.idleSince >= limits.idleMs) {
          socket.close(CLOSE.IDLE, `No subscription for ${Math.round(limits.idleMs / 1000)} s`);
          continue;
        }
        entry.alive = false;
        socket.ping();
      }
    },
    Math.min(limits.heartbeatMs, limits.idleMs),
  );
  sweep.unref();

  const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      context: (ctx) => ({ principal: ctx.extra.principal ?? null }),
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const entry = tracked.get(socket);
        // Already closed by a cap in the connection listener.
        if (!entry || socket.readyState !== socket.OPEN) return false;
        entry.subscriptions = () => Object.keys(ctx.subscriptions).length;
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string'
            ? params.authorization
            : typeof params.Authorization === 'string'
              ? params.Authorization
              : null;
        const apiKey =
          typeof params.apiKey === 'string'
            ? params.apiKey
            : typeof params['x-api-key'] === 'string'
              ? params['x-api-key']
              : null;
        // A visitor: no principal, so no token to expire; `subscribe` lets it reach public topics only.
        if (!authorization && !apiKey) return true;
        try {
          const principal = await options.authenticate({ authorization, apiKey });
          if (!principal) return false;
          entry.userId = principal.userId;
          if (bump(perUser, principal.userId, 1) > limits.socketsPerUser) {
            socket.close(CLOSE.TOO_MANY_FOR_USER, 'Too many connections for this user');
            return false;
          }
          ctx.extra.principal = principal;
          signedIn.set(ctx.extra.socket, principal);
          const remaining = principal.expiresAt * 1000 - Date.now();
          ctx.extra.expiryTimer = setTimeout(
            () => socket.close(CLOSE.UNAUTHORIZED, 'Token expired'),
            Math.max(0, remaining),
          );
          return true;
        } catch (error) {
          if (!(error instanceof AuthError)) console.error('[gateway] websocket authentication failed', error);
          socket.close(CLOSE.UNAUTHORIZED, error instanceof AuthError ? error.code : 'Unauthorized');
          return false;
        }
      },
      onClose: (ctx) => {
        if (ctx.extra.expiryTimer) clearTimeout(ctx.extra.expiryTimer);
        signedIn.delete(ctx.extra.socket);
      },
      onSubscribe: (ctx, _id, payload) => {
        // A revocation notice may have raced this socket's sign-in.
        if (ctx.extra.principal && isRevoked(ctx.extra.principal)) {
          closeRevokedSocket(ctx.extra.socket);
          return [coded('TOKEN_REVOKED', 'The access token has been revoked.')];
        }
        // The new subscription is already registered under its id when this runs.
        if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerSocket) {
          return [
            coded('TOO_MANY_SUBSCRIPTIONS', `At most ${limits.subscriptionsPerSocket} subscriptions per connection.`),
          ];
        }
        if (options.hub.size >= limits.subscriptions) {
          return [
            coded('SUBSCRIPTIONS_EXHAUSTED', 'The gateway serves as many subscriptions as it will; try again later.'),
          ];
        }
        const schema = options.schema();
        if (!schema) return [coded('SERVICE_UNAVAILABLE', 'The gateway is still loading its schema.')];
        // Parsed and validated here rather than by graphql-ws: its parse has no token limit, and a
        // syntax error thrown there closes the whole socket with 4500.
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [coded('GRAPHQL_PARSE_FAILED', error instanceof GraphQLError ? error.message : 'Syntax error.')];
        }
        // graphql-ws sends these itself, past Apollo's formatError: suggestions are dropped here.
        const invalid = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (invalid.length)
          return invalid.map(
            (error) =>
              new GraphQLError(withoutSuggestions(error.message), {
                nodes: error.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      execute: () => ({
        errors: [coded('BAD_REQUEST', 'Send queries and mutations over HTTP; the WebSocket carries subscriptions.')],
      }),
      subscribe: (args) => subscribe(args, topics, options.hub),
    },
    wss,
    // Our own heartbeat (the sweep) closes with a typed code; graphql-ws's would only terminate.
    0,
  );
  return {
    /** Closes (4401) every socket whose token is now revoked; returns how many. */
    closeRevoked(): number {
      let closed = 0;
      for (const [socket, principal] of signedIn) {
        if (!isRevoked(principal)) continue;
        signedIn.delete(socket);
        closeRevokedSocket(socket);
        closed += 1;
      }
      return closed;
    },
    /** Tells every socket to go away (1001: clients reconnect elsewhere), waits up to `drainMs` for the close handshakes, then cuts the rest. */
    async close(drainMs = 10_000) {
      clearInterval(sweep);
      const sockets = [...wss.clients];
      await disposable.dispose();
      const deadline = Date.now() + drainMs;
      while (sockets.some((socket) => socket.readyState !== socket.CLOSED) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      for (const socket of sockets) if (socket.readyState !== socket.CLOSED) socket.terminate();
    },
  };
}

function subscribe(
  args: ExecutionArgs,
  topics: Map<string, LiveTopic>,
  hub: LiveHub,
): AsyncGenerator<ExecutionResult> | ExecutionResult {
  const principal = (args.contextValue as { principal: Principal | null }).principal;
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation || operation.operation !== 'subscription') {
    return { errors: [coded('BAD_REQUEST', 'The WebSocket carries subscriptions only.')] };
  }
  const field = rootField(operation);
  const topic = field && topics.get(field.name.value);
  const fieldDef = field && args.schema.getSubscriptionType()?.getFields()[field.name.value];
  if (!field || !topic || !fieldDef) return { errors: [coded('BAD_REQUEST', 'Unknown subscription.')] };

  const variables = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  if (variables.errors)
    return { errors: variables.errors.map((error) => coded('BAD_USER_INPUT', withoutSuggestions(error.message))) };
  const fieldArgs = getArgumentValues(fieldDef, field, variables.coerced);
  const refusal = authorizeSubscription(topic, principal, fieldArgs);
  if (refusal) return { errors: [coded(refusal.code, refusal.message)] };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return hub.subscribe({
    topic,
    principal,
    args: fieldArgs,
    field,
    operation,
    fragments,
    variableValues: variables.coerced,
  });
}
