import type pg from 'pg';

/**
 * Runs `work` in one read transaction whose row-level security is scoped to `tenantId`
 * (set LOCAL, so it dies with the transaction and never leaks to the next pool user).
 */
export async function withTenant<T>(pool: pg.Pool, tenantId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin read only');
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

/**
 * Runs `work` in one read-write transaction scoped to `tenantId` (row-level security), committed
 * only if `work` resolves. The ledger's SQL functions called inside join this transaction, so a
 * money movement and the business row that caused it commit together.
 */
export async function withTenantTransaction<T>(pool: pg.Pool, tenantId: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
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
