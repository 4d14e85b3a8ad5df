import type { BonusGameCode, ContributionWeights } from './campaign.js';

/**
 * Wagering: how much play a bonus needs before it converts, and how far a player has got.
 *
 * - `required = bonusAmount × wageringMultiplier` (exact; a multiplier of 0 means nothing to wager,
 *   so the requirement is met at once).
 * - A settled bet contributes `floor(stake × weight / 100)`, where `weight` is the campaign's
 *   contribution percentage for the bet's game (0..100). A game without a weight is excluded and
 *   contributes 0, and so does a bet in any asset other than the bonus's: wagering is counted in
 *   the bonus's own minor units, never converted.
 * - The whole stake counts whether it was paid from cash or bonus money (wagering measures play
 *   while the bonus is active, not which account paid).
 * - `wagered` keeps the true running total, overshoot included, so the record adds up against the
 *   bets; `met` is `wagered ≥ required`, and `wageringPercent` caps at 100 for the progress bar.
 * - `justMet` is true only for the bet that crosses the line: the caller fires WAGERING_MET then and
 *   only then. Applying each bet once (keyed by bet id, against redelivered `bet.settled` events)
 *   is the caller's job; this function is pure and would count a bet twice if given it twice.
 */

export interface WageringProgress {
  required: bigint;
  wagered: bigint;
}

export interface WageringRules {
  /** The bonus's asset; bets in other assets do not count. */
  asset: string;
  contributionWeights: ContributionWeights;
}

export interface SettledBet {
  game: string;
  asset: string;
  stake: bigint;
}

export interface AppliedBet {
  progress: WageringProgress;
  /** What this bet added to `wagered`. */
  contributed: bigint;
  /** The requirement is met after this bet. */
  met: boolean;
  /** This bet crossed the line (met now, not met before). */
  justMet: boolean;
}

export function calculateWageringRequired(bonusAmount: bigint, wageringMultiplier: number): bigint {
  if (bonusAmount < 0n) throw new RangeError(`A bonus cannot be negative, got ${bonusAmount}.`);
  if (!Number.isSafeInteger(wageringMultiplier) || wageringMultiplier < 0) {
    throw new RangeError(`The wagering multiplier must be a non-negative integer, got ${wageringMultiplier}.`);
  }
  return bonusAmount * BigInt(wageringMultiplier);
}

export function startWagering(bonusAmount: bigint, wageringMultiplier: number): WageringProgress {
  return { required: calculateWageringRequired(bonusAmount, wageringMultiplier), wagered: 0n };
}

/** The contribution percentage of a game; missing (or not a game at all) means excluded: 0. */
export function contributionWeightFor(weights: ContributionWeights, game: string): number {
  const weight = Object.hasOwn(weights, game) ? weights[game as BonusGameCode] : undefined;
  if (weight === undefined) return 0;
  if (!Number.isInteger(weight) || weight < 0 || weight > 100) {
    throw new RangeError(`Contribution weight for ${game} must be an integer 0..100, got ${weight}.`);
  }
  return weight;
}

export function calculateContribution(bet: SettledBet, rules: WageringRules): bigint {
  if (bet.stake < 0n) throw new RangeError(`A stake cannot be negative, got ${bet.stake}.`);
  if (bet.asset !== rules.asset) return 0n;
  return (bet.stake * BigInt(contributionWeightFor(rules.contributionWeights, bet.game))) / 100n;
}

export function isWageringMet(progress: WageringProgress): boolean {
  return progress.wagered >= progress.required;
}

export function applyBet(progress: WageringProgress, bet: SettledBet, rules: WageringRules): AppliedBet {
  const wasMet = isWageringMet(progress);
  const contributed = calculateContribution(bet, rules);
  const next = { required: progress.required, wagered: progress.wagered + contributed };
  const met = isWageringMet(next);
  return { progress: next, contributed, met, justMet: met && !wasMet };
}

/** Whole percent done (floor), 0..100, for a progress bar; 100 when nothing is required. */
export function wageringPercent(progress: WageringProgress): number {
  if (isWageringMet(progress)) return 100;
  return Number((progress.wagered * 100n) / progress.required);
}
