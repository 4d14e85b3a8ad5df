import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * graphql-ws clients for API tests: real WebSockets to the gateway. Keep the returned `live`
 * object per test file and `dispose()` it in afterAll.
 */
export function liveClients(wsUrl: () => string) {
  const clients: Client[] = [];
  return {
    /** A connected client (with a token, or anonymous); `onClose` receives the close code (e.g. 4401). */
    connect(token: string | null, onClose?: (code: number) => void): Client {
      const client = createClient({
        url: wsUrl(),
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => {},
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        on: { closed: (event) => onClose?.((event as { code: number }).code), error: () => {} },
      });
      clients.push(client);
      return client;
    },
    async dispose() {
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

/** Collects a subscription's results; `next()` waits for the next one (or times out). */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: T[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) results.push(value.data as T);
        wake?.();
      },
      error: (error) => {
        errors.push(error);
        wake?.();
      },
      complete: () => {},
    },
  );
  let read = 0;
  return {
    results,
    errors,
    /** The next unread result, waiting for it if it has not arrived yet. */
    async next(timeoutMs = 5000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      while (results.length <= read && errors.length === 0 && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      if (results.length <= read) throw new Error(`no event (errors: ${JSON.stringify(errors)})`);
      read += 1;
      return results[read - 1]!;
    },
  };
}
