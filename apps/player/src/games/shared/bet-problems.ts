import type { CombinedError } from '@urql/core';
import { formatMoney, problemFromCombinedError } from '@casinox/web';

/** The typed refusals of a bet (BetResult.code): the player's screen branches on them. */
export type BetProblemCode =
  | 'INSUFFICIENT_FUNDS'
  | 'GAME_DISABLED'
  | 'STAKE_OUT_OF_LIMITS'
  | 'ASSET_NOT_SUPPORTED'
  | 'ASSET_NOT_OFFERED'
  | 'RESPONSIBLE_GAMBLING'
  | 'ROUND_OPEN'
  | 'ROUND_NOT_ACTIVE';

export interface BetRefusal {
  code: string | null;
  minStake: string | null;
  maxStake: string | null;
}

/** A refused bet in plain words (the limits in the player's asset when the stake was outside them). */
export function betRefusalMessage(refusal: BetRefusal, asset: { code: string; scale: number }): string {
  const money = (minor: string) => formatMoney(minor, asset.scale, asset.code);
  switch (refusal.code) {
    case 'INSUFFICIENT_FUNDS':
      return 'Your balance does not cover this stake. Lower the stake or deposit first.';
    case 'STAKE_OUT_OF_LIMITS':
      return refusal.minStake && refusal.maxStake
        ? `The stake must be between ${money(refusal.minStake)} and ${money(refusal.maxStake)} for this game.`
        : 'The stake is outside the limits for this game.';
    case 'GAME_DISABLED':
      return 'This game is switched off at the moment. Pick another one in the lobby.';
    case 'ASSET_NOT_SUPPORTED':
      return `This game cannot be played in ${asset.code} here. Choose another currency.`;
    case 'RESPONSIBLE_GAMBLING':
      return 'A responsible-gambling limit or exclusion on your account stops betting right now.';
    case 'ROUND_OPEN':
      return 'You have a round of this game in progress: finish it first.';
    case 'ASSET_NOT_OFFERED':
      return `This casino does not offer ${asset.code}. Choose one of its currencies.`;
    case 'ROUND_NOT_ACTIVE':
      return 'This bet is already settled: there is no open round to play or cash out.';
    default:
      return 'The bet was refused.';
  }
}

/** A failed bet request (an error, not a refusal), reduced to what the screen does next. */
export interface BetError {
  code: string;
  message: string;
  /** The bet is recorded but its money has not moved yet: retry with the SAME idempotency key. */
  settling: boolean;
  /** Nothing definitive came back (network): a retry must reuse the key too. */
  retryable: boolean;
}

const SETTLING_MESSAGE = 'Settling… your bet is recorded and its result is on its way.';

/**
 * INVALID_PARAMS carries the server's explanation of the game parameter (which we show: it is
 * written for players); every other code gets the shared plain-words message.
 */
export function betErrorFrom(error: CombinedError | undefined | null): BetError {
  const first = error?.graphQLErrors[0];
  const code =
    typeof first?.extensions?.code === 'string'
      ? first.extensions.code
      : error?.networkError
        ? 'NETWORK_ERROR'
        : 'INTERNAL_SERVER_ERROR';
  if (code === 'SETTLEMENT_PENDING') return { code, message: SETTLING_MESSAGE, settling: true, retryable: true };
  if (code === 'INVALID_PARAMS')
    return {
      code,
      message: first?.message ? `Check the game settings: ${first.message}` : 'Check the game settings.',
      settling: false,
      retryable: false,
    };
  if (code === 'BET_NOT_FOUND' || code === 'NOT_FOUND')
    return { code, message: 'This round no longer exists.', settling: false, retryable: false };
  const problem = problemFromCombinedError(error);
  return {
    code,
    message: problem?.message ?? 'Something went wrong on our side. Please try again.',
    settling: false,
    retryable: code === 'NETWORK_ERROR',
  };
}
