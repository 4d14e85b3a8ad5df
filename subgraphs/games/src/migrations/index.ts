import type { MigrationList } from '@casinox/db';
import { Migration20261210000000Games } from './migration-20261210000000-games.js';
import { Migration20261211000000OutboxRelay } from './migration-20261211000000-outbox-relay.js';
import { Migration20261212000000BetEventLookup } from './migration-20261212000000-bet-event-lookup.js';
import { Migration20261214000000BonusBetCaps } from './migration-20261214000000-bonus-bet-caps.js';
import { Migration20261219000000JackpotRules } from './migration-20261219000000-jackpot-rules.js';
import { Migration20261222000000OutboxVisibility } from './migration-20261222000000-outbox-visibility.js';
import { Migration20261223000000OneStepBets } from './migration-20261223000000-one-step-bets.js';
import { Migration20261224000000LeanBetGroups } from './migration-20261224000000-lean-bet-groups.js';
import { Migration20261225000000GroupBetSteps } from './migration-20261225000000-group-bet-steps.js';
import { Migration20261226000000TenantCurrencies } from './migration-20261226000000-tenant-currencies.js';

/** Applied in order by `games_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [
  { name: 'Migration20261210000000Games', class: Migration20261210000000Games },
  { name: 'Migration20261211000000OutboxRelay', class: Migration20261211000000OutboxRelay },
  { name: 'Migration20261212000000BetEventLookup', class: Migration20261212000000BetEventLookup },
  { name: 'Migration20261214000000BonusBetCaps', class: Migration20261214000000BonusBetCaps },
  { name: 'Migration20261219000000JackpotRules', class: Migration20261219000000JackpotRules },
  { name: 'Migration20261222000000OutboxVisibility', class: Migration20261222000000OutboxVisibility },
  { name: 'Migration20261223000000OneStepBets', class: Migration20261223000000OneStepBets },
  { name: 'Migration20261224000000LeanBetGroups', class: Migration20261224000000LeanBetGroups },
  { name: 'Migration20261225000000GroupBetSteps', class: Migration20261225000000GroupBetSteps },
  { name: 'Migration20261226000000TenantCurrencies', class: Migration20261226000000TenantCurrencies },
];

/** The schema's SQL functions and triggers, source files applied after these migrations (applySqlSources). */
export { sqlSources } from '../sql-sources.js';
