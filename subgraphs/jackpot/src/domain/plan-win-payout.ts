/**
 * The money movements of a jackpot win, for one wallet transfer keyed by the win (paid exactly once).
 *
 * - winAmount = poolAtWin: the tier's pool as the win found it — for PROGRESSIVE and MUST_DROP the pool
 *   the winning bet left, its own contribution included; for FIXED and SPONSORED the pool when the draw
 *   closed. It moves JACKPOT_POOL → PLAYER_CASH.
 * - Contributions that reached the pool after the win (bets settled while the win was processed) are
 *   not the winner's: poolNow − poolAtWin stays in the pool and carries into the next cycle.
 * - Reseed: PROGRESSIVE, MUST_DROP and FIXED tiers are topped up by the tier's seed amount, paid by the
 *   tenant's HOUSE account (HOUSE → JACKPOT_POOL): the seed is the operator's marketing cost, never taken
 *   from players' contributions. A FIXED tier's seed amount is its prize, so it is ready for the next
 *   day's draw. SPONSORED tiers are not reseeded: the operator funds them again by hand.
 * - poolAfter = poolNow − winAmount + reseed, the balance the ledger must show afterwards (reconciliation
 *   checks it against the entries).
 * - A pool of 0 at the win pays nothing (an unfunded sponsored tier): NOTHING_TO_PAY, no transfer.
 * Pure.
 */
import type { JackpotTier, JackpotType } from './jackpot.js';

export type PayoutAccount = 'JACKPOT_POOL' | 'PLAYER_CASH' | 'HOUSE';

export interface PayoutLeg {
  readonly from: PayoutAccount;
  readonly to: PayoutAccount;
  readonly amount: bigint;
}

export type WinPayoutPlan =
  | {
      readonly kind: 'PAY';
      readonly winAmount: bigint;
      readonly reseedFromHouse: bigint;
      readonly poolAfter: bigint;
      /** The legs of the wallet transfer, in order; zero legs are left out. */
      readonly legs: readonly PayoutLeg[];
    }
  | { readonly kind: 'NOTHING_TO_PAY'; readonly poolAfter: bigint };

export interface WinPayoutInput {
  readonly jackpotType: JackpotType;
  readonly tier: Pick<JackpotTier, 'seedAmount'>;
  readonly poolAtWin: bigint;
  /** The pool's ledger balance when the payout is posted (≥ poolAtWin). */
  readonly poolNow: bigint;
}

export function planWinPayout(input: WinPayoutInput): WinPayoutPlan {
  const { jackpotType, tier, poolAtWin, poolNow } = input;
  if (poolAtWin < 0n || tier.seedAmount < 0n) throw new RangeError('A pool and a seed amount cannot be negative.');
  // Only a win takes money out of a pool, and a tier pays one win at a time: a smaller pool now means
  // the win was already paid or the ledger disagrees — either way, paying would overdraw the pool.
  if (poolNow < poolAtWin) throw new RangeError(`The pool holds ${poolNow}, less than the ${poolAtWin} the win found.`);
  if (poolAtWin === 0n) return { kind: 'NOTHING_TO_PAY', poolAfter: poolNow };
  const reseedFromHouse = jackpotType === 'SPONSORED' ? 0n : tier.seedAmount;
  const legs: PayoutLeg[] = [{ from: 'JACKPOT_POOL', to: 'PLAYER_CASH', amount: poolAtWin }];
  if (reseedFromHouse > 0n) legs.push({ from: 'HOUSE', to: 'JACKPOT_POOL', amount: reseedFromHouse });
  return { kind: 'PAY', winAmount: poolAtWin, reseedFromHouse, poolAfter: poolNow - poolAtWin + reseedFromHouse, legs };
}
