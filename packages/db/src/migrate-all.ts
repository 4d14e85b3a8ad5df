import { installEventBus } from '@casinox/events';
import { type MigrationList, runMigrations } from './orm.js';
import { roleName, subgraphUrl } from './roles.js';
import { applySqlSources, type SqlSourceList } from './sql-sources.js';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';

/**
 * A subgraph's migrations, found by the registry's convention (`@casinox/<name>/migrations`): this
 * package sits below the subgraphs, so it loads them by name instead of importing each one.
 */
export async function subgraphMigrations(name: SubgraphName): Promise<MigrationList> {
  const module = (await import(`@casinox/${name}/migrations`)) as { migrations: MigrationList };
  return module.migrations;
}

/** A subgraph's SQL functions, triggers and views (its `src/<feature>/sql/*.sql`, in its declared order). */
export async function subgraphSqlSources(name: SubgraphName): Promise<SqlSourceList> {
  const module = (await import(`@casinox/${name}/migrations`)) as { sqlSources: SqlSourceList };
  return module.sqlSources;
}

/**
 * Every subgraph's migrations, each applied by that subgraph's owner role into its own schema, then
 * its SQL sources (re-applied when their text changed), then the event bus.
 */
export async function migrateAll(
  adminUrl: string,
  secret: string,
  log: (line: string) => void = () => {},
): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    const url = subgraphUrl(adminUrl, subgraph, 'owner', secret);
    const applied = await runMigrations({ url, schema: subgraph, migrations: await subgraphMigrations(subgraph) });
    if (applied.length) log(`${subgraph}: applied ${applied.join(', ')}`);
    const sql = await applySqlSources({ url, schema: subgraph, sources: await subgraphSqlSources(subgraph) });
    if (sql.length) log(`${subgraph}: applied SQL sources ${sql.join(', ')}`);
  }
  // The durable event bus between subgraphs (pg-boss): its schema, queues and the runtime roles' rights.
  await installEventBus(
    adminUrl,
    SUBGRAPHS.map((subgraph) => roleName(subgraph, 'runtime')),
  );
}
