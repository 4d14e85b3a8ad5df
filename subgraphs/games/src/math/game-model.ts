import type { FairRng } from '@casinox/fairness';

/** The five games of the catalogue. */
export type GameCode = 'DICE' | 'LIMBO' | 'ROULETTE' | 'SLOTS' | 'MINES';

/** An exact payout multiplier: payout = floor(stake × num / den). Floor favours the house by < 1 minor unit. */
export interface Multiplier {
  num: bigint;
  den: bigint;
}

/** A malformed or out-of-range game parameter: the caller maps it to the coded error INVALID_PARAMS. */
export class GameParamError extends Error {
  readonly code = 'INVALID_PARAMS';
}

export interface RtpVariant {
  /** Stated return to player as a fraction, e.g. 0.99. */
  rtp: number;
  description: string;
}

interface GameModelBase<Params> {
  code: GameCode;
  name: string;
  /** RTP variants by id; a tenant picks one where a game has several. */
  variants: Record<string, RtpVariant>;
  defaultVariant: string;
  /**
   * Validates untrusted JSON params (never throws anything but GameParamError). The result is plain JSON
   * (no bigint), normalised, and accepted again by parseParams unchanged: store it with the bet, and the
   * verifier takes the same object.
   */
  parseParams(raw: unknown, variant: string): Params;
  /**
   * The stake this bet debits, given the stake the player entered. Equals `stake` except for games whose
   * params carry their own amounts (roulette: the sum of its bets); throws GameParamError when they disagree.
   */
  totalStake(params: Params, stake: bigint): bigint;
  /** Highest multiplier a bet with these params can reach (stake limits use it to cap exposure). */
  maxMultiplier(params: Params, variant: string): Multiplier;
}

/** A game settled by one random draw: outcome and payout are known at once (wallet `bet-win`). */
export interface InstantGameModel<Params, Outcome> extends GameModelBase<Params> {
  kind: 'INSTANT';
  play(
    rng: FairRng,
    params: Params,
    stake: bigint,
    variant: string,
  ): { outcome: Outcome; payout: bigint; multiplier: Multiplier };
}

/** A multi-step game (mines): the randomness is drawn at the bet, the player then acts step by step. */
export interface MultiStepGameModel<Params, State, Action> extends GameModelBase<Params> {
  kind: 'MULTI_STEP';
  start(rng: FairRng, params: Params, variant: string): State;
  parseAction(raw: unknown, state: State): Action;
  /** Applies one action; `finished` with `payout` when the round is over (a loss pays 0n). */
  act(
    state: State,
    action: Action,
    stake: bigint,
    variant: string,
  ): { state: State; finished: boolean; payout: bigint; multiplier: Multiplier };
  /**
   * What the player may see of a round: revealed steps and the current multiplier while it is open,
   * everything (e.g. the mine positions) once it is finished. JSON-serialisable.
   */
  view(state: State, finished: boolean, variant: string): Record<string, unknown>;
  /** Ends the round at the player's request (cash out) with the current multiplier. */
  cashOut(state: State, stake: bigint, variant: string): { state: State; payout: bigint; multiplier: Multiplier };
}
