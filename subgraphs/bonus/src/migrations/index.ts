import type { MigrationList } from '@casinox/db';
import { Migration20261215000000Bonus } from './migration-20261215000000-bonus.js';
import { Migration20261216000000BonusLive } from './migration-20261216000000-bonus-live.js';
import { Migration20261217000000WageringOutbox } from './migration-20261217000000-wagering-outbox.js';
import { Migration20261221000000DepositBonuses } from './migration-20261221000000-deposit-bonuses.js';
import { Migration20261222000000OutboxVisibility } from './migration-20261222000000-outbox-visibility.js';
import { Migration20261223000000GrantEndReason } from './migration-20261223000000-grant-end-reason.js';
import { Migration20261226000000TenantCurrencies } from './migration-20261226000000-tenant-currencies.js';

/** Applied in order by `bonus_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [
  { name: 'Migration20261215000000Bonus', class: Migration20261215000000Bonus },
  { name: 'Migration20261216000000BonusLive', class: Migration20261216000000BonusLive },
  { name: 'Migration20261217000000WageringOutbox', class: Migration20261217000000WageringOutbox },
  { name: 'Migration20261221000000DepositBonuses', class: Migration20261221000000DepositBonuses },
  { name: 'Migration20261222000000OutboxVisibility', class: Migration20261222000000OutboxVisibility },
  { name: 'Migration20261223000000GrantEndReason', class: Migration20261223000000GrantEndReason },
  { name: 'Migration20261226000000TenantCurrencies', class: Migration20261226000000TenantCurrencies },
];

/** The schema's SQL functions and triggers, source files applied after these migrations (applySqlSources). */
export { sqlSources } from '../sql-sources.js';
