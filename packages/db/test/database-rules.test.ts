import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDatabase, tenantIsolation } from '../src/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

async function as<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('database bootstrap', () => {
  it('is idempotent', async () => {
    await bootstrapDatabase(db.adminUrl, db.roleSecret);
    await bootstrapDatabase(db.adminUrl, db.roleSecret);
  });

  it('keeps each runtime role inside its own schema, with DML only', async () => {
    await as(db.urlFor('games', 'owner'), (c) => c.query('create table games.rules_probe (id int)'));
    // Another subgraph's role: no USAGE on the schema at all.
    expect(await as(db.urlFor('bonus'), (c) => sqlState(c.query('select * from games.rules_probe')))).toBe('42501');
    // Its own runtime role: may read and write rows, may not change the schema.
    await as(db.urlFor('games'), (c) => c.query('insert into games.rules_probe values (1)'));
    expect(await as(db.urlFor('games'), (c) => sqlState(c.query('create table games.sneaky (id int)')))).toBe('42501');
    expect(await as(db.urlFor('games'), (c) => sqlState(c.query('drop table games.rules_probe')))).toBe('42501');
    // The gateway's listener may only connect and LISTEN.
    expect(await as(db.listenerUrl, (c) => sqlState(c.query('select * from games.rules_probe')))).toBe('42501');
    await as(db.listenerUrl, (c) => c.query('listen cx_probe'));
  });
});

describe('SQL rules for migrations', () => {
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  beforeAll(async () => {
    await as(db.urlFor('jackpot', 'owner'), async (c) => {
      await c.query('create table jackpot.rls_probe (tenant_id uuid not null, user_id uuid, note text)');
      for (const statement of tenantIsolation('jackpot.rls_probe', 'user_id')) await c.query(statement);
    });
  });

  const inTenant = (client: pg.Client, tenantId: string, userId = '') =>
    client.query(`select set_config('app.tenant_id', $1, false), set_config('app.user_id', $2, false)`, [
      tenantId,
      userId,
    ]);

  it('row-level security shows and accepts only the current tenant’s rows', async () => {
    const user = randomUUID();
    await as(db.urlFor('jackpot'), async (c) => {
      await inTenant(c, tenantA);
      await c.query('insert into jackpot.rls_probe values ($1, $2, $3)', [tenantA, user, 'a']);
      expect(await sqlState(c.query('insert into jackpot.rls_probe values ($1, null, $2)', [tenantB, 'b']))).toBe(
        '42501',
      );
      await inTenant(c, tenantB);
      await c.query('insert into jackpot.rls_probe values ($1, null, $2)', [tenantB, 'b']);
      expect((await c.query('select note from jackpot.rls_probe')).rows).toEqual([{ note: 'b' }]);
      // Without a tenant nothing is visible.
      await inTenant(c, '');
      expect((await c.query('select note from jackpot.rls_probe')).rowCount).toBe(0);
      // A user sees their own rows in other tenants, read-only.
      await inTenant(c, tenantB, user);
      expect((await c.query('select note from jackpot.rls_probe order by note')).rows.map((r) => r.note)).toEqual([
        'a',
        'b',
      ]);
      expect(
        (await c.query('update jackpot.rls_probe set note = $1 where tenant_id = $2', ['x', tenantA])).rowCount,
      ).toBe(0);
    });
  });

  it('append-only tables reject UPDATE and DELETE, even from the owner (an SQL source: jackpot_event_append_only.sql)', async () => {
    await as(db.urlFor('jackpot'), (c) =>
      c.query(
        `insert into jackpot.jackpot_event (tenant_id, kind, payload, created_at) values ($1, 'probe', '{}', now())`,
        [tenantA],
      ),
    );
    expect(
      await as(db.urlFor('jackpot'), (c) => sqlState(c.query(`update jackpot.jackpot_event set kind = 'edited'`))),
    ).toBe('42501');
    expect(await as(db.urlFor('jackpot', 'owner'), (c) => sqlState(c.query('delete from jackpot.jackpot_event')))).toBe(
      '42501',
    );
  });
});
