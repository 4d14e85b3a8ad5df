import type { MigrationList } from '@casinox/db';

/**
 * The games schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the games issue.
 */
export const migrations: MigrationList = [];
