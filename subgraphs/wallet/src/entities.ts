import { TenantCurrency } from './assets/tenant-currency.entity.js';
import { Adjustment } from './adjustments/adjustment.entity.js';
import { Asset } from './assets/asset.entity.js';
import { Deposit } from './deposits/deposit.entity.js';
import { OutboxCursor, WalletEvent } from './events/wallet-event.entities.js';
import { Account } from './ledger/account.entity.js';
import { Entry } from './ledger/entry.entity.js';
import { Hold } from './ledger/hold.entity.js';
import { IdempotencyRecord } from './ledger/idempotency-record.entity.js';
import { LedgerPlayer, LedgerTenant } from './ledger/ledger-directory.entity.js';
import { Transfer } from './ledger/transfer.entity.js';
import { SandboxPayment } from './payments/sandbox-provider/sandbox-payment.entity.js';
import { ReconciliationRun } from './reconciliation/reconciliation-run.entity.js';
import { WalletSettings } from './settings/wallet-settings.entity.js';
import { Withdrawal } from './withdrawals/withdrawal.entity.js';

/** Every table the wallet schema holds; the migrations create exactly these. */
export const entities = [
  Asset,
  Account,
  Transfer,
  Entry,
  Hold,
  IdempotencyRecord,
  LedgerTenant,
  LedgerPlayer,
  ReconciliationRun,
  WalletSettings,
  Deposit,
  Withdrawal,
  SandboxPayment,
  Adjustment,
  WalletEvent,
  OutboxCursor,
  TenantCurrency,
];
