import type { MigrationList } from '@casinox/db';
import { Migration20261121000000Identity } from './migration-20261121000000-identity.js';
import { Migration20261226000000StaffTokenVersions } from './migration-20261226000000-staff-token-versions.js';
import { Migration20261227000000IdentityEvents } from './migration-20261227000000-identity-events.js';

/** Applied in order by `identity_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [
  { name: 'Migration20261121000000Identity', class: Migration20261121000000Identity },
  { name: 'Migration20261226000000StaffTokenVersions', class: Migration20261226000000StaffTokenVersions },
  { name: 'Migration20261227000000IdentityEvents', class: Migration20261227000000IdentityEvents },
];

/** The schema's SQL functions and triggers, source files applied after these migrations (applySqlSources). */
export { sqlSources } from '../sql-sources.js';
