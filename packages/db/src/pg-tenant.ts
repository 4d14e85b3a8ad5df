import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * One transaction on a pooled client, row-level security scoped to `tenantId` (set LOCAL, so it
 * dies with the transaction and never leaks to the next pool user); committed only if `work`
 * resolves. For the services whose hot paths use plain pg instead of the ORM's unit of work.
 */
async function inTenantTransaction<T>(
  pool: pg.Pool,
  tenantId: string,
  begin: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A read-only transaction scoped to `tenantId`. */
export function withTenant<T>(
  pool: pg.Pool,
  tenantId: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return inTenantTransaction(pool, tenantId, 'begin read only', work);
}

/**
 * A read-write transaction scoped to `tenantId`. SQL functions called inside join it, so a
 * state change and the rows that record it commit together.
 */
export function withTenantTransaction<T>(
  pool: pg.Pool,
  tenantId: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return inTenantTransaction(pool, tenantId, 'begin', work);
}

/** The SQLSTATE of a Postgres error (custom business codes are raised as `CXnnn`), if any. */
export function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

const statementNames = new Map<string, string>();

/**
 * A hot statement as a named prepared statement (`pool.query({ ...statement(sql), values })`):
 * each connection parses and plans it once instead of on every call. The name is derived from
 * the text, so the same SQL always maps to the same prepared statement.
 */
export function statement(sql: string): { name: string; text: string } {
  let name = statementNames.get(sql);
  if (!name) {
    name = `cx_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    statementNames.set(sql, name);
  }
  return { name, text: sql };
}
