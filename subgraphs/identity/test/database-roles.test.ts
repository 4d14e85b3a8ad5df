import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What the database itself enforces, whatever the application does: row-level security for the
 * runtime role, and no access to the identity schema for other subgraphs' roles.
 */
let db: TestDatabase;
let runtime: pg.Client;
const ids = { tenantA: '', tenantB: '', userA: '', userB: '', userBoth: '' };

async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  const insertTenant = (slug: string) =>
    db.query<{ id: string }>(
      `insert into identity.tenant (id, slug, name, currencies, branding, created_at, updated_at)
       values (gen_random_uuid(), $1, $1, '{EUR}', '{}', now(), now()) returning id`,
      [slug],
    );
  const insertUser = (email: string) =>
    db.query<{ id: string }>(
      `insert into identity.user_account (id, email, display_name, created_at, updated_at) values (gen_random_uuid(), $1, $1, now(), now()) returning id`,
      [email],
    );
  ids.tenantA = (await insertTenant('tenant-a')).rows[0]!.id;
  ids.tenantB = (await insertTenant('tenant-b')).rows[0]!.id;
  ids.userA = (await insertUser('a@roles.test')).rows[0]!.id;
  ids.userB = (await insertUser('b@roles.test')).rows[0]!.id;
  ids.userBoth = (await insertUser('both@roles.test')).rows[0]!.id;
  const member = (table: string, tenant: string, user: string, extra = '') =>
    db.query(
      `insert into identity.${table} (id, tenant_id, user_id, display_name, ${extra ? 'role, ' : ''}status, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, 'x', ${extra ? `'${extra}', ` : ''}'ACTIVE', now(), now())`,
      [tenant, user],
    );
  await member('player', ids.tenantA, ids.userA);
  await member('player', ids.tenantB, ids.userB);
  await member('operator', ids.tenantA, ids.userBoth, 'OWNER');
  await member('operator', ids.tenantB, ids.userBoth, 'SUPPORT');
  await member('operator', ids.tenantB, ids.userB, 'ADMIN');
  runtime = new pg.Client({ connectionString: db.urlFor('identity') });
  await runtime.connect();
});
afterAll(async () => {
  await runtime?.end();
  await db?.drop();
});

/** Runs `sql` as the runtime role in a transaction scoped like inTenant does, then rolls back. */
async function asRuntime<T extends pg.QueryResultRow>(
  scope: { tenantId?: string; userId?: string },
  sql: string,
  params: unknown[] = [],
) {
  await runtime.query('begin');
  try {
    await runtime.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [
      scope.tenantId ?? '',
      scope.userId ?? '',
    ]);
    return await runtime.query<T>(sql, params);
  } finally {
    await runtime.query('rollback');
  }
}

describe('row-level security for the identity runtime role', () => {
  it("shows tenant A's players only, with app.tenant_id set to A", async () => {
    const rows = await asRuntime<{ tenant_id: string }>(
      { tenantId: ids.tenantA },
      'select tenant_id from identity.player',
    );
    expect(rows.rows.map((row) => row.tenant_id)).toEqual([ids.tenantA]);
  });

  it('shows no tenant rows at all without a tenant', async () => {
    for (const table of ['player', 'operator', 'api_key']) {
      expect((await asRuntime({}, `select * from identity.${table}`)).rowCount).toBe(0);
    }
  });

  it("cannot write into tenant B while scoped to A, nor change B's rows", async () => {
    const insert = asRuntime(
      { tenantId: ids.tenantA },
      `insert into identity.player (id, tenant_id, user_id, display_name, status, created_at, updated_at) values (gen_random_uuid(), $1, $2, 'x', 'ACTIVE', now(), now())`,
      [ids.tenantB, ids.userA],
    );
    expect(await sqlState(insert)).toBe('42501');
    expect(
      (
        await asRuntime(
          { tenantId: ids.tenantA },
          `update identity.player set display_name = 'hacked' where tenant_id = $1`,
          [ids.tenantB],
        )
      ).rowCount,
    ).toBe(0);
    expect(
      (await asRuntime({ tenantId: ids.tenantA }, `delete from identity.player where tenant_id = $1`, [ids.tenantB]))
        .rowCount,
    ).toBe(0);
    expect(
      await sqlState(asRuntime({ tenantId: ids.tenantA }, `update identity.player set tenant_id = $1`, [ids.tenantB])),
    ).toBe('42501');
  });

  it('lets a user read (only read) their own staff memberships in every tenant', async () => {
    const own = await asRuntime<{ tenant_id: string }>(
      { userId: ids.userBoth },
      'select tenant_id from identity.operator order by role',
    );
    expect(new Set(own.rows.map((row) => row.tenant_id))).toEqual(new Set([ids.tenantA, ids.tenantB]));
    expect(
      (
        await asRuntime({ userId: ids.userBoth }, `update identity.operator set role = 'OWNER' where user_id = $1`, [
          ids.userBoth,
        ])
      ).rowCount,
    ).toBe(0);
    // Scoped to A, the user sees A's staff and their own B membership, never B's other staff.
    const scoped = await asRuntime<{ user_id: string }>(
      { tenantId: ids.tenantA, userId: ids.userBoth },
      'select user_id from identity.operator',
    );
    expect(scoped.rows.map((row) => row.user_id)).not.toContain(ids.userB);
  });

  it('cannot change the schema (it is not the owner)', async () => {
    expect(await sqlState(runtime.query('alter table identity.player disable row level security'))).toBe('42501');
    expect(await sqlState(runtime.query('drop table identity.api_key'))).toBe('42501');
  });
});

describe('other subgraphs’ roles', () => {
  it('cannot read the identity schema (42501)', async () => {
    const wallet = new pg.Client({ connectionString: db.urlFor('wallet') });
    await wallet.connect();
    try {
      for (const table of ['user_account', 'tenant', 'player', 'signing_key']) {
        expect(await sqlState(wallet.query(`select * from identity.${table}`)), table).toBe('42501');
      }
    } finally {
      await wallet.end();
    }
  });
});
