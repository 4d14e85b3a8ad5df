import type { MigrationList } from '@casinox/db';
import { Migration20261201000000Ledger } from './migration-20261201000000-ledger.js';
import { Migration20261202000000MoneyFlows } from './migration-20261202000000-money-flows.js';
import { Migration20261203000000Adjustments } from './migration-20261203000000-adjustments.js';
import { Migration20261204000000PaymentOperations } from './migration-20261204000000-payment-operations.js';
import { Migration20261205000000LeanPostings } from './migration-20261205000000-lean-postings.js';
import { Migration20261206000000WalletSettingsAudit } from './migration-20261206000000-wallet-settings-audit.js';

import { Migration20261207000000BonusJackpotTransfers } from './migration-20261207000000-bonus-jackpot-transfers.js';
import { Migration20261218000000BonusSpend } from './migration-20261218000000-bonus-spend.js';
import { Migration20261222000000OutboxVisibility } from './migration-20261222000000-outbox-visibility.js';
import { Migration20261223000000SetBasedPosting } from './migration-20261223000000-set-based-posting.js';
import { Migration20261224000000KnownAccountPosting } from './migration-20261224000000-known-account-posting.js';
import { Migration20261225000000GroupPosting } from './migration-20261225000000-group-posting.js';
import { Migration20261226000000AmountBounds } from './migration-20261226000000-amount-bounds.js';
import { Migration20261226000001TenantCurrencies } from './migration-20261226000001-tenant-currencies.js';

/** Applied in order by `wallet_owner`; never edit a released migration, add a new one. */
export const migrations: MigrationList = [
  { name: 'Migration20261201000000Ledger', class: Migration20261201000000Ledger },
  { name: 'Migration20261202000000MoneyFlows', class: Migration20261202000000MoneyFlows },
  { name: 'Migration20261203000000Adjustments', class: Migration20261203000000Adjustments },
  { name: 'Migration20261204000000PaymentOperations', class: Migration20261204000000PaymentOperations },
  { name: 'Migration20261205000000LeanPostings', class: Migration20261205000000LeanPostings },
  { name: 'Migration20261206000000WalletSettingsAudit', class: Migration20261206000000WalletSettingsAudit },
  { name: 'Migration20261207000000BonusJackpotTransfers', class: Migration20261207000000BonusJackpotTransfers },
  { name: 'Migration20261218000000BonusSpend', class: Migration20261218000000BonusSpend },
  { name: 'Migration20261222000000OutboxVisibility', class: Migration20261222000000OutboxVisibility },
  { name: 'Migration20261223000000SetBasedPosting', class: Migration20261223000000SetBasedPosting },
  { name: 'Migration20261224000000KnownAccountPosting', class: Migration20261224000000KnownAccountPosting },
  { name: 'Migration20261225000000GroupPosting', class: Migration20261225000000GroupPosting },
  { name: 'Migration20261226000000AmountBounds', class: Migration20261226000000AmountBounds },
  { name: 'Migration20261226000001TenantCurrencies', class: Migration20261226000001TenantCurrencies },
];

/** The schema's SQL functions and triggers, source files applied after these migrations (applySqlSources). */
export { sqlSources } from '../sql-sources.js';
