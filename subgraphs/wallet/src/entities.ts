import { Asset } from './assets/asset.entity.js';
import { Account } from './ledger/account.entity.js';
import { Entry } from './ledger/entry.entity.js';
import { Hold } from './ledger/hold.entity.js';
import { IdempotencyRecord } from './ledger/idempotency-record.entity.js';
import { LedgerPlayer, LedgerTenant } from './ledger/ledger-directory.entity.js';
import { Transfer } from './ledger/transfer.entity.js';
import { ReconciliationRun } from './reconciliation/reconciliation-run.entity.js';

/** Every table the wallet schema holds; the migrations create exactly these. */
export const entities = [Asset, Account, Transfer, Entry, Hold, IdempotencyRecord, LedgerTenant, LedgerPlayer, ReconciliationRun];
