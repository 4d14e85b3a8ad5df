import { formatMinorUnits } from '@casinox/graphql';
import { findAsset } from '../assets/asset-catalogue.js';
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

/** "1,234.50 EUR": an amount of minor units as people read it (exact, thousands grouped). */
function money(minor: string | bigint, asset: string): string {
  const [whole = '', fraction] = formatMinorUnits(BigInt(minor), findAsset(asset)?.scale ?? 0).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${asset}`;
}

/**
 * Flattens a stored finding into the one shape the admin shows (observed vs expected) with a
 * sentence a finance operator can act on, amounts in the asset's own units. Pure.
 */
export function describeFinding(finding: Finding): FindingView {
  const base = { asset: null, accountId: null, transferId: null, observed: null, expected: null };
  switch (finding.kind) {
    case 'TRANSFER_UNBALANCED':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        transferId: finding.transferId,
        observed: BigInt(finding.sum),
        expected: 0n,
        message: `Transaction ${finding.transferId} does not balance: its ${finding.asset} entries add up to ${money(finding.sum, finding.asset)} instead of zero.`,
      };
    case 'TRANSFER_TOO_FEW_ENTRIES':
      return {
        ...base,
        kind: finding.kind,
        transferId: finding.transferId,
        message: `Transaction ${finding.transferId} has ${finding.entries} ${finding.entries === 1 ? 'entry' : 'entries'}; every transaction needs at least two.`,
      };
    case 'ASSET_NOT_ZERO':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        observed: BigInt(finding.sum),
        expected: 0n,
        message: `The books do not balance in ${finding.asset}: all entries add up to ${money(finding.sum, finding.asset)} instead of zero.`,
      };
    case 'BALANCE_MISMATCH':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        accountId: finding.accountId,
        observed: BigInt(finding.cached),
        expected: BigInt(finding.entries),
        message: `A player account (${finding.accountId}) shows a balance of ${money(finding.cached, finding.asset)}, but its transactions add up to ${money(finding.entries, finding.asset)}.`,
      };
    case 'HELD_MISMATCH':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        accountId: finding.accountId,
        observed: BigInt(finding.held),
        expected: BigInt(finding.pendingHolds),
        message: `A player account (${finding.accountId}) has ${money(finding.held, finding.asset)} on hold, but its pending holds add up to ${money(finding.pendingHolds, finding.asset)}.`,
      };
    case 'NEGATIVE_PLAYER_BALANCE':
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        accountId: finding.accountId,
        observed: BigInt(finding.balance),
        message: `A player account (${finding.accountId}) is overdrawn: ${money(finding.balance, finding.asset)}.`,
      };
    case 'PROVIDER_CLEARING_MISMATCH': {
      const difference = BigInt(finding.ledger) - BigInt(finding.provider);
      const transit =
        finding.inTransit > 0
          ? ` (${finding.inTransit} just-settled ${finding.inTransit === 1 ? 'payment is' : 'payments are'} still on the way and not counted)`
          : '';
      return {
        ...base,
        kind: finding.kind,
        asset: finding.asset,
        observed: BigInt(finding.ledger),
        expected: BigInt(finding.provider),
        message: `Money in transit with the payment provider does not match its records in ${finding.asset}: our books hold ${money(finding.ledger, finding.asset)}, the provider’s settled payments and payouts say ${money(finding.provider, finding.asset)}${transit}. Difference: ${money(difference, finding.asset)}.`,
      };
    }
  }
}
