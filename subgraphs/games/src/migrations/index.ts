import type { MigrationList } from '@casinox/db';
import { Migration20261210000000Games } from './migration-20261210000000-games.js';

/** Applied in order by `games_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [{ name: 'Migration20261210000000Games', class: Migration20261210000000Games }];
