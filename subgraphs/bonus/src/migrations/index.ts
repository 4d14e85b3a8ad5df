import type { MigrationList } from '@casinox/db';
import { Migration20261215000000Bonus } from './migration-20261215000000-bonus.js';

/** Applied in order by `bonus_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [{ name: 'Migration20261215000000Bonus', class: Migration20261215000000Bonus }];
