import type { BaseContext } from '@casinox/graphql';
import type { AdjustmentService } from './adjustments/adjustment.service.js';
import type { DepositService } from './deposits/deposit.service.js';
import type { LedgerService } from './ledger/ledger.service.js';
import type { ReconciliationService } from './reconciliation/reconciliation.service.js';
import type { WalletSettingsService } from './settings/wallet-settings.service.js';
import type { PayoutSweep } from './withdrawals/payout-sweep.js';
import type { WithdrawalService } from './withdrawals/withdrawal.service.js';
import type { WalletQueryService } from './wallets/wallet-query.service.js';

/** Every wallet service, created once per process. */
export interface WalletServices {
  ledger: LedgerService;
  queries: WalletQueryService;
  reconciliation: ReconciliationService;
  deposits: DepositService;
  withdrawals: WithdrawalService;
  adjustments: AdjustmentService;
  settings: WalletSettingsService;
  payoutSweep: PayoutSweep;
}

export interface WalletContext extends BaseContext {
  services: WalletServices;
}
