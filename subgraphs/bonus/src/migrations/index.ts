import type { MigrationList } from '@casinox/db';

/**
 * The bonus schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the bonus issue.
 */
export const migrations: MigrationList = [];
