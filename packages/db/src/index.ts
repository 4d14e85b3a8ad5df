export { SUBGRAPHS, DEFAULT_PORTS, type SubgraphName } from './subgraphs.js';
export { bootstrapDatabase, roleName, rolePassword, roleUrl, subgraphUrl, type RoleKind } from './roles.js';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded.js';
export { createOrm, ormConfig, runMigrations, pendingSchemaDiff, inTenant, type OrmOptions, type TenantScope, type MigrationList } from './orm.js';
export { tenantIsolation, tenantPolicies, appendOnly, perItemFunction } from './sql.js';
export { withTenant, withTenantTransaction, sqlState, statement } from './pg-tenant.js';
export { scheduleJob } from './schedule-job.js';
export { AfterCommitNotifier } from './notifier.js';
export { Batcher, batchItemError, inKeyOrder, type BatchAnswer } from './batcher.js';
