import type { MigrationList } from '@casinox/db';

/**
 * The wallet schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the wallet issue.
 */
export const migrations: MigrationList = [];
