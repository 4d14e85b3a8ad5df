import type { MigrationList } from '@casinox/db';
import { Migration20261212000000Jackpot } from './migration-20261212000000-jackpot.js';
import { Migration20261213000000JackpotLive } from './migration-20261213000000-jackpot-live.js';
import { Migration20261220000000JackpotEvents } from './migration-20261220000000-jackpot-events.js';
import { Migration20261222000000OutboxVisibility } from './migration-20261222000000-outbox-visibility.js';
import { Migration20261224000000JackpotUpdates } from './migration-20261224000000-jackpot-updates.js';
import { Migration20261225000000RepublishRules } from './migration-20261225000000-republish-rules.js';
import { Migration20261226000000TenantCurrencies } from './migration-20261226000000-tenant-currencies.js';

/** Applied in order by `jackpot_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [
  { name: 'Migration20261212000000Jackpot', class: Migration20261212000000Jackpot },
  { name: 'Migration20261213000000JackpotLive', class: Migration20261213000000JackpotLive },
  { name: 'Migration20261220000000JackpotEvents', class: Migration20261220000000JackpotEvents },
  { name: 'Migration20261222000000OutboxVisibility', class: Migration20261222000000OutboxVisibility },
  { name: 'Migration20261224000000JackpotUpdates', class: Migration20261224000000JackpotUpdates },
  { name: 'Migration20261225000000RepublishRules', class: Migration20261225000000RepublishRules },
  { name: 'Migration20261226000000TenantCurrencies', class: Migration20261226000000TenantCurrencies },
];

/** The schema's SQL functions and triggers, source files applied after these migrations (applySqlSources). */
export { sqlSources } from '../sql-sources.js';
