import { applyBasisPoints } from './apply-basis-points.js';

/**
 * Cashback on a player's net losses over one period (see `find-cashback-period.ts`).
 *
 * - net loss = staked − paid (what the player put on settled bets minus what those bets paid back);
 *   a net win or break-even gives nothing: cashback never charges the player.
 * - cashback = floor(net loss × percentBp / 10 000), capped at `cap`.
 * - The caller decides which bets count (normally the settled real-money bets of the period in the
 *   campaign's asset); this function only does the arithmetic, exactly, on bigint.
 */

export interface CashbackInput {
  staked: bigint;
  paid: bigint;
  percentBp: number;
  cap: bigint;
}

export function calculateCashback({ staked, paid, percentBp, cap }: CashbackInput): bigint {
  if (staked < 0n || paid < 0n) throw new RangeError(`Staked and paid cannot be negative, got ${staked} and ${paid}.`);
  if (cap < 0n) throw new RangeError(`A cashback cap cannot be negative, got ${cap}.`);
  const netLoss = staked - paid;
  if (netLoss <= 0n) return 0n;
  const cashback = applyBasisPoints(netLoss, percentBp);
  return cashback > cap ? cap : cashback;
}
