/**
 * A qualifying bet's contribution to one jackpot, split across its tiers' pools (moved here from the
 * jackpot subgraph: the money now moves inside the bet's own wallet transfer, so games decides it).
 *
 * - total = floor(stake × contributionBasisPoints / 10,000) minor units: the fraction of a minor unit
 *   stays with the house, never with the player (a 1-unit stake at 100 bp contributes 0).
 * - part of tier i = floor(total × share_i / 10,000). The units the floors lose (fewer than the number
 *   of tiers) go to the FIRST tier with a non-zero share — by convention the top prize, as tiers are
 *   listed top first — so the parts sum to the total exactly and no unit is created or lost.
 * - Only PROGRESSIVE and MUST_DROP jackpots take contributions (FIXED and SPONSORED are funded by
 *   the operator; their basis points are 0 anyway).
 * - Parts of 0 are dropped: the wallet call and the event carry only what moves.
 * - Tier shares that do not sum to 10,000 cannot be split exactly; the jackpot subgraph never
 *   publishes such a rule, and should one arrive the bet contributes nothing to that jackpot rather
 *   than being refused (a broken rule must not stop play, nor mint or lose units).
 * Pure.
 */
export const BASIS_POINTS = 10_000;

export type JackpotType = 'FIXED' | 'PROGRESSIVE' | 'SPONSORED' | 'MUST_DROP';

/** A rule as place_bet returns it for a qualifying bet. */
export interface ContributionRule {
  readonly jackpotId: string;
  readonly type: JackpotType;
  readonly contributionBasisPoints: number;
  /** PROGRESSIVE only: which round of the bet's fair stream decides its tiers. */
  readonly fairnessSlot: number | null;
  /** In the jackpot's fixed order (top prize first). */
  readonly tiers: readonly {
    readonly code: string;
    readonly pool: string;
    readonly shareBasisPoints: number;
    readonly hitOneIn?: number | null;
  }[];
}

export interface PoolPart {
  readonly jackpotId: string;
  readonly tierCode: string;
  /** The wallet pool holder (`<jackpotId>:<tierCode>`). */
  readonly pool: string;
  readonly amount: bigint;
}

const CONTRIBUTING: readonly JackpotType[] = ['PROGRESSIVE', 'MUST_DROP'];

export function splitContribution(rule: ContributionRule, stake: bigint): PoolPart[] {
  if (stake < 0n) throw new RangeError(`A stake cannot be negative, got ${stake}.`);
  if (!CONTRIBUTING.includes(rule.type) || rule.contributionBasisPoints <= 0) return [];
  const total = (stake * BigInt(rule.contributionBasisPoints)) / BigInt(BASIS_POINTS);
  if (total === 0n) return [];
  const shares = rule.tiers.reduce((sum, tier) => sum + tier.shareBasisPoints, 0);
  if (shares !== BASIS_POINTS || rule.tiers.some((tier) => tier.shareBasisPoints < 0)) return [];
  const parts = rule.tiers.map((tier) => ({
    jackpotId: rule.jackpotId,
    tierCode: tier.code,
    pool: tier.pool,
    amount: (total * BigInt(tier.shareBasisPoints)) / BigInt(BASIS_POINTS),
  }));
  const remainder = total - parts.reduce((sum, part) => sum + part.amount, 0n);
  const first = rule.tiers.findIndex((tier) => tier.shareBasisPoints > 0);
  return parts
    .map((part, index) => (index === first ? { ...part, amount: part.amount + remainder } : part))
    .filter((part) => part.amount > 0n);
}
