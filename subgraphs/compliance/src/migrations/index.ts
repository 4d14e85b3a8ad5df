import type { MigrationList } from '@casinox/db';

/**
 * The compliance schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the compliance issue.
 */
export const migrations: MigrationList = [];
