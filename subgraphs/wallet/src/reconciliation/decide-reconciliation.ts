import type { ReconciliationStatus } from './reconciliation-run.entity.js';

/** One thing reconciliation found wrong, in terms an operator can act on. */
export type Finding =
  | { kind: 'TRANSFER_UNBALANCED'; transferId: string; asset: string; sum: string }
  | { kind: 'TRANSFER_TOO_FEW_ENTRIES'; transferId: string; entries: number }
  | { kind: 'ASSET_NOT_ZERO'; asset: string; sum: string }
  | { kind: 'BALANCE_MISMATCH'; accountId: string; asset: string; cached: string; entries: string }
  | { kind: 'HELD_MISMATCH'; accountId: string; asset: string; held: string; pendingHolds: string }
  | { kind: 'NEGATIVE_PLAYER_BALANCE'; accountId: string; asset: string; balance: string }
  /** The ledger's provider-clearing balance differs from what the provider's settled records say it must be. */
  | { kind: 'PROVIDER_CLEARING_MISMATCH'; asset: string; ledger: string; provider: string; inTransit: number };

/** A ledger is BALANCED only when nothing at all was found. */
export function decideReconciliation(findings: readonly Finding[]): ReconciliationStatus {
  return findings.length === 0 ? 'BALANCED' : 'DISCREPANCY';
}
