import type pg from 'pg';

/**
 * One transaction on a pooled client, row-level security scoped to `tenantId` (set LOCAL, so it
 * dies with the transaction and never leaks to the next pool user); committed only if `work`
 * resolves.
 */
async function inTenantTransaction<T>(pool: pg.Pool, tenantId: string, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
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
export function withTenant<T>(pool: pg.Pool, tenantId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTenantTransaction(pool, tenantId, 'begin read only', work);
}

/**
 * A read-write transaction scoped to `tenantId`. The ledger's SQL functions called inside join
 * it, so a money movement and the business row that caused it commit together.
 */
export function withTenantTransaction<T>(pool: pg.Pool, tenantId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTenantTransaction(pool, tenantId, 'begin', work);
}
