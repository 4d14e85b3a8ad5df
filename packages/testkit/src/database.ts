import { randomBytes } from 'node:crypto';
import { bootstrapDatabase, type SubgraphName, subgraphUrl, roleUrl } from '@casinox/db';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the template database every test database is cloned from. */
    templateUrl: string;
    roleSecret: string;
  }
}

export interface TestDatabase {
  /** Superuser URL of this test's own database. */
  adminUrl: string;
  roleSecret: string;
  /** URL for a subgraph's runtime (default) or owner role on this database. */
  urlFor(subgraph: SubgraphName, kind?: 'runtime' | 'owner'): string;
  listenerUrl: string;
  /** Runs SQL as the superuser (assertions only; services never do this). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<T>>;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: private to the calling test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const templateUrl = new URL(inject('templateUrl'));
  const roleSecret = inject('roleSecret');
  const name = `cx_test_${randomBytes(6).toString('hex')}`;
  const template = decodeURIComponent(templateUrl.pathname.slice(1));
  const maintenance = new URL(templateUrl);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();

  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = `/${name}`;
  await bootstrapDatabase(adminUrl.toString(), roleSecret);
  const pool = new pg.Pool({ connectionString: adminUrl.toString(), max: 2 });
  return {
    adminUrl: adminUrl.toString(),
    roleSecret,
    urlFor: (subgraph, kind = 'runtime') => subgraphUrl(adminUrl.toString(), subgraph, kind, roleSecret),
    listenerUrl: roleUrl(adminUrl.toString(), 'listener', roleSecret),
    query: (sql, params) => pool.query(sql, params as unknown[]),
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: maintenance.toString() });
      await client.connect();
      // Clients ending a moment ago may still be connected: a forced drop would kill them with an
      // error nobody listens to any more (an unhandled 57P01). Give them up to 3 s to leave first.
      for (let i = 0; i < 30; i++) {
        const { rows } = await client.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
