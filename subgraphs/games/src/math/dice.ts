/**
 * Dice.
 *
 * Conversion: roll = nextInt(10000), an integer 0…9999 (uniform by rejection sampling), shown as
 * roll / 100, i.e. 0.00–99.99 in steps of 0.01. (Not the floor(float × 10001) / 100 convention: that
 * one has 10,001 outcomes and a float-to-grid bias; ours is exactly uniform on 10,000 outcomes.)
 *
 * Params: { target: number | string with ≤ 2 decimals, direction: 'OVER' | 'UNDER' }, T = target × 100.
 *   OVER wins iff roll > T: winning rolls W = 9999 − T.     UNDER wins iff roll < T: W = T.
 *   chance = W / 10000; allowed 0.01% ≤ chance ≤ 98% (1 ≤ W ≤ 9800), so OVER 1.99–99.98, UNDER 0.01–98.00.
 *
 * Paytable: a win pays multiplier = RTP / chance = (P/100) × 10000 / W = 100·P / W exactly, P the RTP in
 * percent (99 for 'edge-1', 98 for 'edge-2'); a loss pays 0. E.g. UNDER 50.00 at 99%: 9900/5000 = 1.98×.
 *
 * RTP: chance × multiplier = P/100 exactly for every target (before the floor of the payout to a minor unit).
 * Max payout: W = 1 gives 100·P, i.e. 9900× (edge-1) or 9800× (edge-2) the stake.
 */
import type { FairRng } from '@casinox/fairness';
import { GameParamError, type InstantGameModel, type Multiplier } from './game-model.js';
import { EDGE_VARIANTS, rtpPercent } from './house-edge.js';
import { LOSS, multiplier, payoutFor } from './multiplier.js';
import { fromHundredths, onlyKeys, paramObject, toHundredths } from './parse-params.js';

export type DiceDirection = 'OVER' | 'UNDER';

export interface DiceParams {
  /** The target, 0.00–99.99 (at most 2 decimals). */
  target: number;
  direction: DiceDirection;
}

export interface DiceOutcome {
  /** The roll, 0.00–99.99. */
  roll: number;
  win: boolean;
}

export const DICE_OUTCOMES = 10_000;
/** Winning rolls allowed: chance from 0.01% (1 roll) to 98% (9,800 rolls). */
export const DICE_MIN_WINNING_ROLLS = 1;
export const DICE_MAX_WINNING_ROLLS = 9_800;

/** How many of the 10,000 rolls win. */
export function diceWinningRolls(params: DiceParams): number {
  const target = Math.round(params.target * 100);
  return params.direction === 'OVER' ? DICE_OUTCOMES - 1 - target : target;
}

/** The multiplier a winning roll pays: 100·P / W. */
export function diceMultiplier(params: DiceParams, variant: string): Multiplier {
  return multiplier(100n * rtpPercent(variant), BigInt(diceWinningRolls(params)));
}

export const dice: InstantGameModel<DiceParams, DiceOutcome> = {
  kind: 'INSTANT',
  code: 'DICE',
  name: 'Dice',
  variants: EDGE_VARIANTS,
  defaultVariant: 'edge-1',

  parseParams(raw) {
    const input = paramObject(raw);
    onlyKeys(input, ['target', 'direction']);
    const { direction } = input;
    if (direction !== 'OVER' && direction !== 'UNDER') throw new GameParamError("'direction' must be OVER or UNDER.");
    const target = toHundredths(input.target, 'target');
    if (target > DICE_OUTCOMES - 1) throw new GameParamError("'target' must be between 0.00 and 99.99.");
    const params: DiceParams = { target: fromHundredths(target), direction };
    const winning = diceWinningRolls(params);
    if (winning < DICE_MIN_WINNING_ROLLS || winning > DICE_MAX_WINNING_ROLLS) {
      throw new GameParamError(
        direction === 'OVER'
          ? "'target' for OVER must be between 1.99 and 99.98 (win chance 0.01%–98%)."
          : "'target' for UNDER must be between 0.01 and 98.00 (win chance 0.01%–98%).",
      );
    }
    return params;
  },

  totalStake: (_params, stake) => stake,

  maxMultiplier: (params, variant) => diceMultiplier(params, variant),

  play(rng: FairRng, params, stake, variant) {
    const roll = rng.nextInt(DICE_OUTCOMES);
    const target = Math.round(params.target * 100);
    const win = params.direction === 'OVER' ? roll > target : roll < target;
    const m = win ? diceMultiplier(params, variant) : LOSS;
    return { outcome: { roll: fromHundredths(roll), win }, payout: payoutFor(stake, m), multiplier: m };
  },
};
