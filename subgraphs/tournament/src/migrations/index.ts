import type { MigrationList } from '@casinox/db';

/**
 * The tournament schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the tournament issue.
 */
export const migrations: MigrationList = [];

/** The schema's SQL functions and triggers, source files applied after these migrations (applySqlSources). */
export { sqlSources } from '../sql-sources.js';
