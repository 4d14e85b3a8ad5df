/** A win the tenant's lobby ticker announces: at least ten times the stake. */
export const BIG_WIN_MULTIPLIER = 10n;

export function isBigWin(stake: bigint, payout: bigint): boolean {
  return payout > 0n && payout >= stake * BIG_WIN_MULTIPLIER;
}
