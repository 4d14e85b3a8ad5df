/**
 * Whether a settled bet qualifies for a jackpot — to contribute to its pools and to be an entry in its
 * draws. A bet qualifies when, in this order:
 *   1. it is in the jackpot's asset (a USD jackpot never takes BTC stakes: no conversion in a pool);
 *   2. its game is in scope (any game for TENANT_WIDE, a listed code for GAMES — exact, case-sensitive);
 *   3. the player opted in, when the jackpot requires opt-in.
 * The first failing rule is the reason given. A zero stake qualifies (it contributes 0 and, in a
 * stake-weighted draw, holds no ticket). Pure.
 */
import type { JackpotBet, JackpotConfig } from './jackpot.js';

export type QualifyingBetCheck =
  | { readonly qualifies: true }
  | { readonly qualifies: false; readonly reason: 'WRONG_ASSET' | 'GAME_NOT_IN_SCOPE' | 'NOT_OPTED_IN' };

export function checkQualifyingBet(
  jackpot: Pick<JackpotConfig, 'asset' | 'scope' | 'optIn'>,
  bet: JackpotBet,
): QualifyingBetCheck {
  if (bet.asset !== jackpot.asset) return { qualifies: false, reason: 'WRONG_ASSET' };
  if (jackpot.scope.kind === 'GAMES' && !jackpot.scope.gameCodes.includes(bet.gameCode))
    return { qualifies: false, reason: 'GAME_NOT_IN_SCOPE' };
  if (jackpot.optIn && !bet.playerOptedIn) return { qualifies: false, reason: 'NOT_OPTED_IN' };
  return { qualifies: true };
}
