import type { MigrationList } from '@casinox/db';

export const migrations: MigrationList = [];
