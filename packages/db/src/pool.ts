import pg from 'pg';

/**
 * A service's pool of plain pg connections, safe when the server drops a connection (restart,
 * failover, an administrator's pg_terminate_backend). node-postgres emits `error` on the client
 * whose connection ended; the pool listens only while a client is idle, so a client checked out
 * for a transaction (pool.connect) would take the whole process down with an unhandled `error`.
 * Here every client keeps a listener for its whole life: the statement in flight rejects as usual,
 * the pool discards the broken client on release, and the service carries on with fresh ones.
 */
export function createPool(service: string, options: { url: string; max: number }): pg.Pool {
  const pool = new pg.Pool({ connectionString: options.url, max: options.max });
  const lost = (error: Error) => console.error(`[${service}] database connection lost: ${error.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  return pool;
}
