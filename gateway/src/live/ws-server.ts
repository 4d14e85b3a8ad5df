import type { Server } from 'node:http';
import { AuthError, type Principal } from '@casinox/auth';
import {
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Authenticate } from '../auth/authenticate.js';
import { rootField } from './follow-up-document.js';
import type { LiveHub } from './live-hub.js';
import { authorizeSubscription, type LiveTopic } from './topics.js';

type ConnectionExtra = {
  /** Absent for a visitor: a connection without credentials, which may watch public topics only. */
  principal?: Principal;
  expiryTimer?: NodeJS.Timeout;
};

/** Close codes a client acts on: 4401 = refresh your token and reconnect; 4403 = not allowed. */
export const CLOSE_UNAUTHORIZED = 4401;

/**
 * Subscriptions one socket may hold at once, signed in or not. A page needs a handful; the cap
 * keeps one (possibly anonymous) connection from registering subscribers without bound.
 */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 32;

const coded = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

/**
 * graphql-ws on the gateway's own port and path (`/graphql`). Apollo Gateway never executes
 * subscriptions, so this server validates them against the API schema (plus our limits) and hands
 * them to the LiveHub. Authorised once at connect from `connectionParams.authorization` (or
 * `apiKey`), re-checked per subscription, and closed with 4401 when the token expires. A connection
 * without credentials is a visitor's: accepted, with no principal, for the lobby's public topics;
 * credentials that do not verify still close it with 4401 (never a silent downgrade to visitor).
 */
export function attachLiveServer(options: {
  server: Server;
  path: string;
  schema: () => GraphQLSchema | null;
  authenticate: Authenticate;
  hub: LiveHub;
  topics: LiveTopic[];
  validationRules: ValidationRule[];
}) {
  const topics = new Map(options.topics.map((topic) => [topic.field, topic]));
  const wss = new WebSocketServer({ server: options.server, path: options.path, maxPayload: 64 * 1024 });
  const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
    {
      schema: () => {
        const schema = options.schema();
        if (!schema) throw coded('SERVICE_UNAVAILABLE', 'The gateway is still loading its schema.');
        return schema;
      },
      context: (ctx) => ({ principal: ctx.extra.principal ?? null }),
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization = typeof params.authorization === 'string' ? params.authorization : typeof params.Authorization === 'string' ? params.Authorization : null;
        const apiKey = typeof params.apiKey === 'string' ? params.apiKey : typeof params['x-api-key'] === 'string' ? params['x-api-key'] : null;
        // A visitor: no principal, so no token to expire; `subscribe` lets it reach public topics only.
        if (!authorization && !apiKey) return true;
        try {
          const principal = await options.authenticate({ authorization, apiKey });
          if (!principal) return false;
          ctx.extra.principal = principal;
          const remaining = principal.expiresAt * 1000 - Date.now();
          ctx.extra.expiryTimer = setTimeout(() => ctx.extra.socket.close(CLOSE_UNAUTHORIZED, 'Token expired'), Math.max(0, remaining));
          return true;
        } catch (error) {
          if (!(error instanceof AuthError)) console.error('[gateway] websocket authentication failed', error);
          ctx.extra.socket.close(CLOSE_UNAUTHORIZED, error instanceof AuthError ? error.code : 'Unauthorized');
          return false;
        }
      },
      onClose: (ctx) => {
        if (ctx.extra.expiryTimer) clearTimeout(ctx.extra.expiryTimer);
      },
      onSubscribe: (ctx) => {
        // The new subscription is already registered under its id when this runs.
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [coded('TOO_MANY_SUBSCRIPTIONS', `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection.`)];
        }
        return undefined;
      },
      validate: (schema, document) => validate(schema, document, [...specifiedRules, ...options.validationRules]),
      execute: () => ({ errors: [coded('BAD_REQUEST', 'Send queries and mutations over HTTP; the WebSocket carries subscriptions.')] }),
      subscribe: (args) => subscribe(args, topics, options.hub),
    },
    wss,
  );
  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function subscribe(args: ExecutionArgs, topics: Map<string, LiveTopic>, hub: LiveHub): AsyncGenerator<ExecutionResult> | ExecutionResult {
  const principal = (args.contextValue as { principal: Principal | null }).principal;
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation || operation.operation !== 'subscription') {
    return { errors: [coded('BAD_REQUEST', 'The WebSocket carries subscriptions only.')] };
  }
  const field = rootField(operation);
  const topic = field && topics.get(field.name.value);
  const fieldDef = field && args.schema.getSubscriptionType()?.getFields()[field.name.value];
  if (!field || !topic || !fieldDef) return { errors: [coded('BAD_REQUEST', 'Unknown subscription.')] };

  const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
  if (variables.errors) return { errors: variables.errors.map((error) => coded('BAD_USER_INPUT', error.message)) };
  const fieldArgs = getArgumentValues(fieldDef, field, variables.coerced);
  const refusal = authorizeSubscription(topic, principal, fieldArgs);
  if (refusal) return { errors: [coded(refusal.code, refusal.message)] };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return hub.subscribe({ topic, principal, args: fieldArgs, field, operation, fragments, variableValues: variables.coerced });
}
