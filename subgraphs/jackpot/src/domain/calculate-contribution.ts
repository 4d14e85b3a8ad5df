/**
 * A qualifying bet's contribution to a jackpot and its split across the tiers.
 *
 * - total = floor(stake × contributionBasisPoints / 10,000) minor units: the fraction of a minor unit
 *   stays with the house, never with the player (a 1-unit stake at 100 bp contributes 0).
 * - part of tier i = floor(total × share_i / 10,000). The units the floors lose (fewer than the number
 *   of tiers) go to the FIRST tier with a non-zero share — by convention the top prize, as tiers are
 *   listed top first — so the parts sum to the total exactly and no unit is created or lost.
 * - A bet that does not qualify (check-qualifying-bet.ts: wrong asset, game out of scope, not opted in)
 *   contributes 0 to every tier, as do FIXED and SPONSORED jackpots (their basis points are 0).
 * Parts are listed in tier order, one per tier, zeros included. Pure.
 */
import { checkQualifyingBet, type QualifyingBetCheck } from './check-qualifying-bet.js';
import { BASIS_POINTS, type JackpotBet, type JackpotConfig } from './jackpot.js';

export interface TierContribution {
  readonly tierCode: string;
  readonly amount: bigint;
}

export interface Contribution {
  readonly check: QualifyingBetCheck;
  readonly total: bigint;
  readonly parts: readonly TierContribution[];
}

export function calculateContribution(jackpot: JackpotConfig, bet: JackpotBet): Contribution {
  if (bet.stake < 0n) throw new RangeError(`A stake cannot be negative, got ${bet.stake}.`);
  const check = checkQualifyingBet(jackpot, bet);
  const total = check.qualifies ? (bet.stake * BigInt(jackpot.contributionBasisPoints)) / BigInt(BASIS_POINTS) : 0n;
  return { check, total, parts: splitAcrossTiers(total, jackpot.tiers) };
}

function splitAcrossTiers(total: bigint, tiers: JackpotConfig['tiers']): TierContribution[] {
  const parts = tiers.map((tier) => ({ tierCode: tier.code, amount: (total * BigInt(tier.contributionShareBasisPoints)) / BigInt(BASIS_POINTS) }));
  if (total === 0n) return parts;
  // Validation guarantees this for every contributing jackpot; a broken row must not mint or lose units.
  const shares = tiers.reduce((sum, tier) => sum + tier.contributionShareBasisPoints, 0);
  if (shares !== BASIS_POINTS) throw new RangeError(`The tier shares must sum to ${BASIS_POINTS} basis points, got ${shares}.`);
  const remainder = total - parts.reduce((sum, part) => sum + part.amount, 0n);
  const first = tiers.findIndex((tier) => tier.contributionShareBasisPoints > 0);
  return parts.map((part, index) => (index === first ? { ...part, amount: part.amount + remainder } : part));
}
