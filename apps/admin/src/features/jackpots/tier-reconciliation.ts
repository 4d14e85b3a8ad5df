import { formatMoney } from '@casinox/web';

/**
 * How a tier's pool compares with the wallet ledger, for the console's badge. The jackpot service
 * answers `reconciled` (pool shown = ledger balance) and the ledger balance; null means the caller
 * was not shown them. A difference can be a bet's contribution already in the ledger and not yet
 * counted in the pool, so the badge says what differs rather than alarming about why.
 */
export type TierReconciliation = { tone: 'green' | 'red' | 'slate'; text: string };

export function tierReconciliation(
  tier: { pool: string; ledgerBalance: string | null; reconciled: boolean | null },
  scale: number,
  asset: string,
): TierReconciliation {
  if (tier.reconciled === null || tier.ledgerBalance === null) return { tone: 'slate', text: 'not checked' };
  if (tier.reconciled) return { tone: 'green', text: 'matches ledger' };
  return {
    tone: 'red',
    text: `differs: read model ${formatMoney(tier.pool, scale, asset)} vs ledger ${formatMoney(tier.ledgerBalance, scale, asset)}`,
  };
}
