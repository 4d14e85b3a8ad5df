import { pendingSchemaDiff } from '@casinox/db';
import { createTestDatabase, type TestDatabase } from '@casinox/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../src/entities.js';
import { migrations } from '../src/migrations/index.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('identity migrations', () => {
  it('leave nothing for the schema generator to change (entities and tables agree)', async () => {
    expect(
      await pendingSchemaDiff({ url: db.urlFor('identity', 'owner'), schema: 'identity', entities, migrations }),
    ).toBe('');
  });

  it('are recorded in the identity schema', async () => {
    const applied = await db.query<{ name: string }>('select name from identity.mikro_orm_migrations order by id');
    expect(applied.rows.map((row) => row.name)).toEqual(
      migrations.map((migration) => ('name' in migration ? migration.name : '')),
    );
  });

  it('force row-level security on every tenant-owned table, and only there', async () => {
    const tables = await db.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'identity' and c.relkind = 'r' order by c.relname`,
    );
    const secured = tables.rows
      .filter((row) => row.relrowsecurity && row.relforcerowsecurity)
      .map((row) => row.relname);
    expect(secured).toEqual(['api_key', 'operator', 'player']);
  });

  it('lead every tenant-owned index with tenant_id (primary keys aside)', async () => {
    const indexes = await db.query<{ tablename: string; indexname: string; indexdef: string }>(
      `select tablename, indexname, indexdef from pg_indexes where schemaname = 'identity' and tablename in ('player', 'operator', 'api_key') and indexname not like '%_pkey'`,
    );
    expect(indexes.rows.length).toBeGreaterThan(0);
    for (const index of indexes.rows) expect(index.indexdef, index.indexname).toMatch(/\(tenant_id,/);
  });
});
