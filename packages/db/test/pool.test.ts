import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from '../src/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('createPool', () => {
  it('survives the server ending a connection that is checked out for a transaction, and serves on', async () => {
    const pool = createPool('probe', { url: db.adminUrl, max: 2 });
    const admin = new pg.Client({ connectionString: db.adminUrl });
    await admin.connect();
    try {
      const client = await pool.connect();
      await client.query('begin');
      const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      // Its failure is taken at once: it may arrive while the admin's call is still being awaited.
      const stuck = client.query('select pg_sleep(30)').then(
        () => null,
        (error: unknown) => error,
      );
      await admin.query('select pg_terminate_backend($1)', [pid]);
      expect(await stuck).toBeInstanceOf(Error);
      // Let the socket's end event reach the client: without a listener it would crash the process here.
      await new Promise((resolve) => setTimeout(resolve, 100));
      client.release(true);
      const { rows } = await pool.query<{ one: number }>('select 1 as one');
      expect(rows[0]!.one).toBe(1);
    } finally {
      await admin.end();
      await pool.end();
    }
  });
});
