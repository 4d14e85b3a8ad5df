import type { MaxBetLimits } from './campaign.js';
import type { GrantState } from './grant-state.js';

/**
 * The max-bet rule: while a player's bonus is ACTIVE (wagering), a stake above the campaign's limit
 * for the stake's asset is refused with MAX_BET_EXCEEDED and the limit, before any money moves.
 * A stake equal to the limit is allowed. No bonus, a bonus in any other state (queued GRANTED,
 * ELIGIBLE awaiting conversion, final) or an asset without a limit: allowed.
 *
 * Pure over a small read model (the active grant's state and limits) so the games subgraph can
 * evaluate it against a local copy kept current by bonus events instead of calling bonus on every
 * bet; the hot path then costs a lookup, not a network round trip.
 */

export interface MaxBetBonus {
  state: GrantState;
  maxBet: MaxBetLimits;
}

export interface StakeToCheck {
  asset: string;
  stake: bigint;
}

export type MaxBetCheck =
  { ok: true } | { ok: false; code: 'MAX_BET_EXCEEDED'; asset: string; limit: bigint; stake: bigint };

export function checkMaxBet(bonus: MaxBetBonus | null, bet: StakeToCheck): MaxBetCheck {
  if (!bonus || bonus.state !== 'ACTIVE') return { ok: true };
  const limit = Object.hasOwn(bonus.maxBet, bet.asset) ? bonus.maxBet[bet.asset] : undefined;
  if (limit === undefined || bet.stake <= limit) return { ok: true };
  return { ok: false, code: 'MAX_BET_EXCEEDED', asset: bet.asset, limit, stake: bet.stake };
}
