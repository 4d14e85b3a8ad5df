import type { MigrationList } from '@casinox/db';

/**
 * The jackpot schema, role and migrations table exist (created by the bootstrap and the
 * migrator); its tables arrive with the jackpot issue.
 */
export const migrations: MigrationList = [];
