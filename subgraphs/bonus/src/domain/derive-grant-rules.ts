import type { Campaign, ContributionWeights, SpendOrder } from './campaign.js';

/**
 * The play rules a grant copies from its campaign at claim time (an operator's later edit never
 * changes a bonus already in a player's hands).
 *
 * - Every kind but FREE_BETS: the campaign's weights, max-bet limits and spend order; bonus money
 *   may be staked on every game (`bonusGames` null).
 * - FREE_BETS: the free bets are stakes of bonus money on one game, so the grant is shaped to that
 *   whatever else the campaign says: the max bet in its asset is the free-bet stake, only its game
 *   counts (weight 100), bonus money is spent first (BONUS_FIRST) and only on that game.
 */

export interface GrantRules {
  weights: ContributionWeights;
  /** Asset → the largest stake while the grant is ACTIVE, in minor units. */
  maxBet: Readonly<Record<string, bigint>>;
  spendOrder: SpendOrder;
  /** Game codes bonus money may be staked on; null = every game. */
  bonusGames: string[] | null;
}

export function deriveGrantRules(
  campaign: Pick<Campaign, 'terms' | 'eligibility' | 'contributionWeights' | 'maxBet' | 'spendOrder'>,
): GrantRules {
  const { terms } = campaign;
  if (terms.kind === 'FREE_BETS') {
    return {
      weights: { [terms.game]: 100 },
      maxBet: { ...campaign.maxBet, [campaign.eligibility.asset]: terms.stake },
      spendOrder: 'BONUS_FIRST',
      bonusGames: [terms.game],
    };
  }
  return {
    weights: campaign.contributionWeights,
    maxBet: campaign.maxBet,
    spendOrder: campaign.spendOrder,
    bonusGames: null,
  };
}
