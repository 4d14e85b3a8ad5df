import type { Finding } from './decide-reconciliation.js';

export interface FindingView {
  kind: Finding['kind'];
  asset: string | null;
  accountId: string | null;
  transferId: string | null;
  observed: bigint | null;
  expected: bigint | null;
  message: string;
}

/** Flattens a stored finding into the one shape the admin shows (observed vs expected). Pure. */
export function describeFinding(finding: Finding): FindingView {
  const base = { asset: null, accountId: null, transferId: null, observed: null, expected: null };
  switch (finding.kind) {
    case 'TRANSFER_UNBALANCED':
      return { ...base, kind: finding.kind, asset: finding.asset, transferId: finding.transferId, observed: BigInt(finding.sum), expected: 0n, message: `Transfer ${finding.transferId} sums to ${finding.sum} ${finding.asset}, not 0.` };
    case 'TRANSFER_TOO_FEW_ENTRIES':
      return { ...base, kind: finding.kind, transferId: finding.transferId, message: `Transfer ${finding.transferId} has ${finding.entries} entries; at least 2 are required.` };
    case 'ASSET_NOT_ZERO':
      return { ...base, kind: finding.kind, asset: finding.asset, observed: BigInt(finding.sum), expected: 0n, message: `All ${finding.asset} entries sum to ${finding.sum}, not 0.` };
    case 'BALANCE_MISMATCH':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        accountId: finding.accountId,
        observed: BigInt(finding.cached),
        expected: BigInt(finding.entries),
        message: `Account ${finding.accountId} caches a balance of ${finding.cached} ${finding.asset}; its entries sum to ${finding.entries}.`,
      };
    case 'HELD_MISMATCH':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        accountId: finding.accountId,
        observed: BigInt(finding.held),
        expected: BigInt(finding.pendingHolds),
        message: `Account ${finding.accountId} holds ${finding.held} ${finding.asset}; its pending holds sum to ${finding.pendingHolds}.`,
      };
    case 'NEGATIVE_PLAYER_BALANCE':
      return { ...base, kind: finding.kind, asset: finding.asset, accountId: finding.accountId, observed: BigInt(finding.balance), message: `Player account ${finding.accountId} is negative: ${finding.balance} ${finding.asset}.` };
  }
}
