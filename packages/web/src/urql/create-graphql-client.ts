import {
  cacheExchange,
  Client,
  type ExecutionResult,
  fetchExchange,
  subscriptionExchange,
  type SubscriptionForwarder,
} from '@urql/core';
import { type Client as WsClient, createClient as createWsClient } from 'graphql-ws';

/** Close code the gateway uses when a socket's token expired or is invalid. */
export const WS_UNAUTHORIZED = 4401;
const MAX_AUTH_RETRIES = 3;

export interface GraphQLClientOptions {
  /** Gateway URL for HTTP (http/https); the WebSocket URL is derived from it. */
  url: string;
  /** Current access token (refreshing first if it is about to expire); null when signed out. */
  getAccessToken: () => Promise<string | null>;
  /** Forces a token refresh; null when the session is gone. */
  refresh: () => Promise<string | null>;
}

export interface GraphQLClientHandle {
  client: Client;
  /** Closes the WebSocket, if one was opened. */
  dispose: () => void;
}

export function toWebSocketUrl(httpUrl: string): string {
  return httpUrl.replace(/^http(s?):\/\//i, (_m, s: string) => `ws${s}://`);
}

async function signalsExpiredToken(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return false;
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return (body.errors ?? []).some((e) =>
      ['TOKEN_EXPIRED', 'TOKEN_REVOKED', 'UNAUTHENTICATED'].includes(String(e.extensions?.code)),
    );
  } catch {
    return false;
  }
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

/**
 * urql over HTTP POST (the gateway need not accept GET) and graphql-ws for subscriptions.
 * Every HTTP request carries the in-memory access token; a 401 / TOKEN_EXPIRED answer triggers one
 * refresh and one retry. The WebSocket is opened lazily, in the browser only.
 */
export function createGraphQLClient({ url, getAccessToken, refresh }: GraphQLClientOptions): GraphQLClientHandle {
  const authedFetch: typeof fetch = async (input, init) => {
    const send = (token: string | null) => {
      const headers = new Headers(init?.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const token = await getAccessToken();
    const response = await send(token);
    if (token && (await signalsExpiredToken(response))) {
      const fresh = await refresh();
      if (fresh) return send(fresh);
    }
    return response;
  };

  let ws: WsClient | null = null;
  // The token the current socket authenticated with: after a 4401 close, a newer token we already
  // hold (refreshed ahead of expiry) is enough; only the same token needs a refresh.
  let socketToken: string | null = null;
  const tokenForReconnect = async (): Promise<string | null> => {
    const current = await getAccessToken();
    return current && current !== socketToken ? current : refresh();
  };
  const socket = (): WsClient => {
    ws ??= createWsClient({
      url: toWebSocketUrl(url),
      lazy: true,
      // Read the token at every (re)connect, so a reconnect never presents a stale one.
      connectionParams: async () => {
        const current = await getAccessToken();
        socketToken = current;
        return current ? { authorization: `Bearer ${current}` } : {};
      },
      retryAttempts: 20,
      // Network drops and server restarts are retried with back-off. 4401 is fatal inside
      // graphql-ws (never retried there), so `forwardSubscription` below refreshes and resubscribes.
      shouldRetry: (event) => isCloseEvent(event),
    });
    return ws;
  };

  const forwardSubscription: SubscriptionForwarder = (request) => ({
    subscribe(sink) {
      let stop: () => void = () => undefined;
      let closed = false;
      let authRetries = 0;
      const start = () => {
        stop = socket().subscribe(
          { ...request, query: request.query ?? '' },
          {
            next: (value) => {
              authRetries = 0;
              sink.next(value as ExecutionResult);
            },
            error: (error: unknown) => {
              if (!closed && isCloseEvent(error) && error.code === WS_UNAUTHORIZED && authRetries < MAX_AUTH_RETRIES) {
                authRetries += 1;
                void tokenForReconnect().then((token) => {
                  if (closed) return;
                  if (token) start();
                  else sink.error(error);
                });
                return;
              }
              sink.error(error);
            },
            complete: () => sink.complete(),
          },
        );
      };
      start();
      return {
        unsubscribe: () => {
          closed = true;
          stop();
        },
      };
    },
  });

  const client = new Client({
    url,
    preferGetMethod: false,
    fetch: authedFetch,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription,
        // Never open a socket while rendering on the server.
        isSubscriptionOperation: (operation) => operation.kind === 'subscription' && typeof window !== 'undefined',
      }),
    ],
  });

  return {
    client,
    dispose: () => {
      void ws?.dispose();
      ws = null;
    },
  };
}
