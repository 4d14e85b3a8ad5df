import type { MigrationList } from '@casinox/db';

/**
 * The tournament schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the tournament issue.
 */
export const migrations: MigrationList = [];
