import { Migrator } from '@mikro-orm/migrations';
import { type EntityManager, MikroORM, type Options } from '@mikro-orm/postgresql';
import { SUBGRAPHS, type SubgraphName } from './subgraphs.js';

export type MigrationList = NonNullable<NonNullable<Options['migrations']>['migrationsList']>;
type EntityList = NonNullable<Options['entities']>;

export interface OrmOptions {
  /** Connection URL of the subgraph's runtime (or, for migrations, owner) role. */
  url: string;
  schema: SubgraphName;
  entities: EntityList;
  migrations: MigrationList;
  poolMax?: number;
  debug?: boolean;
}

/** The MikroORM configuration every subgraph uses: one schema, its own migrations table. */
export function ormConfig(options: OrmOptions): Options {
  return {
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: 'mikro_orm_migrations',
      schema: options.schema,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      path: `subgraphs/${options.schema}/src/migrations`,
      emit: 'ts',
    },
    schemaGenerator: {
      // Never diff (and so never drop) another subgraph's tables or the event bus.
      ignoreSchema: ['public', 'pgboss', ...SUBGRAPHS.filter((name) => name !== options.schema)],
      // SQL functions are source files applied by applySqlSources (the one-statement bet and posting
      // paths); MikroORM 7 would otherwise propose dropping every function it has no metadata for.
      ignoreRoutines: true,
      // The repeatable SQL step's own record (sql-sources.ts) and the views it makes are no entities.
      skipTables: ['sql_source'],
      skipViews: [/.*/],
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Subgraphs whose tables arrive with a later issue map no entities yet.
    discovery: { warnWhenNoEntities: false },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
  };
}

export function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies every pending migration as the schema owner. */
export async function runMigrations(
  options: Omit<OrmOptions, 'entities'> & { entities?: EntityList },
): Promise<string[]> {
  const orm = await MikroORM.init(ormConfig({ ...options, entities: options.entities ?? [] }));
  try {
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

/** SQL that brings the schema in line with the entities; empty when migrations match the code. */
export async function pendingSchemaDiff(options: OrmOptions): Promise<string> {
  const orm = await createOrm(options);
  try {
    return (await orm.schema.getUpdateSchemaSQL({ wrap: false })).trim();
  } finally {
    await orm.close(true);
  }
}

export interface TenantScope {
  tenantId: string;
  /** Lets row-level policies also show a user's own rows across tenants (operator memberships). */
  userId?: string;
}

/**
 * Runs `work` in one transaction scoped to a tenant twice over: the ORM's `tenant` filter and
 * Postgres row-level security (`app.tenant_id`, set LOCAL so it dies with the transaction).
 */
export async function inTenant<T>(
  em: EntityManager,
  scope: TenantScope,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return em.fork().transactional(async (tx) => {
    await tx.execute(`select set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)`, [
      scope.tenantId,
      scope.userId ?? '',
    ]);
    tx.setFilterParams('tenant', { tenantId: scope.tenantId });
    return work(tx);
  });
}
