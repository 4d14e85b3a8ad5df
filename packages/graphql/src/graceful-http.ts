import type { Server, ServerResponse } from 'node:http';

export interface ShutdownTiming {
  /** How long readiness answers 503 before the listeners close (a load balancer's time to notice). */
  graceMs: number;
  /** How long in-flight requests may take to finish once the listeners closed; then connections are cut. */
  drainMs: number;
}

export const DEFAULT_SHUTDOWN: ShutdownTiming = { graceMs: 0, drainMs: 10_000 };

/**
 * Graceful shutdown for plain Node HTTP servers. `server.close()` alone leaves keep-alive sockets
 * open and `closeAllConnections()` resets requests in flight, so: readiness turns 503 (`draining`),
 * after `graceMs` the listeners stop accepting, idle sockets close, each request in flight is
 * answered with `connection: close`, and only those still running after `drainMs` are cut.
 */
export function gracefulShutdown(servers: readonly Server[]) {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let settled: (() => void) | null = null;
  for (const server of servers) {
    // Before the server's own handler, which may answer at once.
    server.prependListener('request', (_req, res: ServerResponse) => {
      inFlight.add(res);
      if (draining && !res.headersSent) res.setHeader('connection', 'close');
      res.once('close', () => {
        inFlight.delete(res);
        if (inFlight.size === 0) settled?.();
      });
    });
  }
  return {
    /** True from the moment shutdown begins: readiness answers 503. */
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight.size;
    },
    /** Begins draining (idempotent in effect): `beforeClose` runs with the listeners still open, e.g. closing WebSockets. */
    async drain(timing: ShutdownTiming = DEFAULT_SHUTDOWN): Promise<void> {
      draining = true;
      if (timing.graceMs > 0) await new Promise((resolve) => setTimeout(resolve, timing.graceMs));
      const closed = servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      for (const server of servers) server.closeIdleConnections();
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timing.drainMs);
          timer.unref();
          settled = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      // Past the bound (or an idle socket that raced the close): cut what is left.
      for (const server of servers) server.closeAllConnections();
      await Promise.all(closed);
    },
  };
}
