/**
 * What happens to the bonus money left in the player's bonus account when a grant ends.
 *
 * - COMPLETED (wagering met, CONVERT): the balance converts to cash up to `maxCashOut` (null = no
 *   cap); anything above the cap is forfeited back to the house.
 * - EXPIRED or CANCELLED (including a withdrawal's forfeit): everything is forfeited.
 *
 * Always `toCash + forfeited === bonusBalance`: every minor unit leaves the bonus account, to the
 * player's cash account or to the house, so the ledger stays conserved and the grant's bonus
 * balance ends at zero. The caller posts both legs in one wallet transfer keyed by the grant id, so
 * a retried conversion converts once.
 */

export type GrantEnding = 'COMPLETED' | 'EXPIRED' | 'CANCELLED';

export interface ConversionPlan {
  toCash: bigint;
  forfeited: bigint;
}

export function planConversion(input: {
  ending: GrantEnding;
  bonusBalance: bigint;
  maxCashOut: bigint | null;
}): ConversionPlan {
  const { ending, bonusBalance, maxCashOut } = input;
  if (bonusBalance < 0n) throw new RangeError(`A bonus balance cannot be negative, got ${bonusBalance}.`);
  if (maxCashOut !== null && maxCashOut < 0n) throw new RangeError(`maxCashOut cannot be negative, got ${maxCashOut}.`);
  if (ending !== 'COMPLETED') return { toCash: 0n, forfeited: bonusBalance };
  const toCash = maxCashOut !== null && maxCashOut < bonusBalance ? maxCashOut : bonusBalance;
  return { toCash, forfeited: bonusBalance - toCash };
}
