import type { BaseContext } from '@casinox/graphql';
import type { LedgerService } from './ledger/ledger.service.js';
import type { ReconciliationService } from './reconciliation/reconciliation.service.js';
import type { WalletQueryService } from './wallets/wallet-query.service.js';

/** Every wallet service, created once per process. */
export interface WalletServices {
  ledger: LedgerService;
  queries: WalletQueryService;
  reconciliation: ReconciliationService;
}

export interface WalletContext extends BaseContext {
  services: WalletServices;
}
