import type { MigrationList } from '@casinox/db';
import { Migration20261212000000Jackpot } from './migration-20261212000000-jackpot.js';

/** Applied in order by `jackpot_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [{ name: 'Migration20261212000000Jackpot', class: Migration20261212000000Jackpot }];
