export {
  SUBGRAPHS,
  SUBGRAPH_REGISTRY,
  DEFAULT_PORTS,
  CALLERS_OF,
  CALLING_SERVICES,
  internalPort,
  subgraphEntry,
  type CallingService,
  type SubgraphEntry,
  type SubgraphName,
} from './subgraphs.js';
export { bootstrapDatabase, roleName, rolePassword, roleUrl, subgraphUrl, type RoleKind } from './roles.js';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded.js';
export {
  createOrm,
  ormConfig,
  runMigrations,
  pendingSchemaDiff,
  inTenant,
  type OrmOptions,
  type TenantScope,
  type MigrationList,
} from './orm.js';
export { tenantIsolation, tenantPolicies } from './sql.js';
export { withTenant, withTenantTransaction, sqlState, statement } from './pg-tenant.js';
export { runEvery } from './run-every.js';
export { AfterCommitNotifier } from './notifier.js';
export { Batcher, batchItemError, inKeyOrder, type BatchAnswer } from './batcher.js';
export { createPool } from './pool.js';
export { migrateAll, subgraphMigrations, subgraphSqlSources } from './migrate-all.js';
export {
  applySqlSources,
  checkSqlSource,
  declaredObjects,
  schemaRoutines,
  sqlChecksum,
  sqlSourceDrift,
  sqlSourceList,
  type SqlSource,
  type SqlSourceList,
} from './sql-sources.js';
