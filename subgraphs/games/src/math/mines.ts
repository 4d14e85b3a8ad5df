/**
 * Mines: a 5×5 grid (tiles 0–24, row by row: tile = 5 × row + column) hiding m mines.
 *
 * Conversion: at the bet, mines = pickDistinct(25, m), a partial Fisher–Yates shuffle (j = i + nextInt(25 − i)
 * for i = 0 … m−1), stored ascending. The player's actions draw nothing more.
 *
 * Params: { mines: 1 … 24 }.  Action: { reveal: tile 0–24, not yet revealed }.
 * Play: revealing a mine ends the round with payout 0. After k safe reveals the player may cash out
 * (k ≥ 1) at
 *   multiplier(k) = RTP × C(25, k) / C(25 − m, k)      (exact rational; RTP = 99/100 for 'edge-1')
 * which is RTP over the chance C(25 − m, k) / C(25, k) of k safe reveals in a row. Revealing the last safe
 * tile (k = 25 − m) ends the round and pays multiplier(25 − m) at once.
 *
 * RTP: any strategy (when to stop may depend on what was seen) returns exactly RTP: stopping after k reveals
 * returns P(k safe) × multiplier(k) = RTP, and a mixture of stopping rules is a mixture of those.
 * Max payout: multiplier(25 − m) = RTP × C(25, m), from 24.75× (m = 1 or 24) up to 5,148,297× (m = 12 or 13) at edge-1.
 *
 * The state is plain JSON (stored in a jsonb column). It holds the mine positions from the start: the API must
 * never show `mines` (nor anything derived from them) while status is ACTIVE — `view` is what it may show.
 */
import type { FairRng } from '@casinox/fairness';
import { GameParamError, type Multiplier, type MultiStepGameModel } from './game-model.js';
import { EDGE_VARIANTS, rtpPercent } from './house-edge.js';
import { binomial, formatMultiplier, LOSS, multiplier, payoutFor } from './multiplier.js';
import { onlyKeys, paramObject } from './parse-params.js';

export const MINES_TILES = 25;
export const MINES_MIN = 1;
export const MINES_MAX = 24;

export interface MinesParams {
  mines: number;
}

export type MinesStatus = 'ACTIVE' | 'LOST' | 'CASHED_OUT' | 'CLEARED';

export interface MinesState {
  mineCount: number;
  /** SECRET while ACTIVE. The mine tiles, ascending. */
  mines: number[];
  /** Safe tiles revealed, in order; on a loss the last entry is the mine that was hit. */
  revealed: number[];
  status: MinesStatus;
}

export interface MinesAction {
  reveal: number;
}

/** What the player may see of a round (`view`): the mines only once it is over. */
export interface MinesView {
  mineCount: number;
  status: MinesStatus;
  revealed: number[];
  /** null while the round is open. */
  mines: number[] | null;
  /** The cash-out multiplier now (8 decimals, truncated); null before the first reveal; '0.00000000' after a mine. */
  multiplier: string | null;
  /** What the next safe reveal would make it; null when the round is over. */
  nextMultiplier: string | null;
}

// Memoised multipliers: at most 2 variants × 24 × 25 entries, frozen because they are shared.
const multipliers = new Map<string, Multiplier>();

/** RTP × C(25, k) / C(25 − m, k): the cash-out multiplier after k safe reveals with m mines. */
export function minesMultiplier(mineCount: number, safeRevealed: number, variant: string): Multiplier {
  const key = `${variant}:${mineCount}:${safeRevealed}`;
  let m = multipliers.get(key);
  if (!m) {
    m = Object.freeze(
      multiplier(
        rtpPercent(variant) * binomial(MINES_TILES, safeRevealed),
        100n * binomial(MINES_TILES - mineCount, safeRevealed),
      ),
    );
    multipliers.set(key, m);
  }
  return m;
}

function safeCount(state: MinesState): number {
  return state.status === 'LOST' ? state.revealed.length - 1 : state.revealed.length;
}

export const mines: MultiStepGameModel<MinesParams, MinesState, MinesAction> = {
  kind: 'MULTI_STEP',
  code: 'MINES',
  name: 'Mines',
  variants: EDGE_VARIANTS,
  defaultVariant: 'edge-1',

  parseParams(raw) {
    const input = paramObject(raw);
    onlyKeys(input, ['mines']);
    const count = input.mines;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < MINES_MIN || count > MINES_MAX) {
      throw new GameParamError(`'mines' must be a whole number from ${MINES_MIN} to ${MINES_MAX}.`);
    }
    return { mines: count };
  },

  totalStake: (_params, stake) => stake,

  maxMultiplier: (params, variant) => minesMultiplier(params.mines, MINES_TILES - params.mines, variant),

  start(rng: FairRng, params, variant) {
    rtpPercent(variant);
    const positions = rng.pickDistinct(MINES_TILES, params.mines).sort((a, b) => a - b);
    return { mineCount: params.mines, mines: positions, revealed: [], status: 'ACTIVE' };
  },

  parseAction(raw, state) {
    if (state.status !== 'ACTIVE') throw new GameParamError('This round is over.');
    const input = paramObject(raw);
    onlyKeys(input, ['reveal']);
    const tile = input.reveal;
    if (typeof tile !== 'number' || !Number.isInteger(tile) || tile < 0 || tile >= MINES_TILES) {
      throw new GameParamError(`'reveal' must be a tile from 0 to ${MINES_TILES - 1}.`);
    }
    if (state.revealed.includes(tile)) throw new GameParamError(`Tile ${tile} is already revealed.`);
    return { reveal: tile };
  },

  act(state, action, stake, variant) {
    if (state.status !== 'ACTIVE') throw new GameParamError('This round is over.');
    const revealed = [...state.revealed, action.reveal];
    if (state.mines.includes(action.reveal)) {
      return { state: { ...state, revealed, status: 'LOST' }, finished: true, payout: 0n, multiplier: LOSS };
    }
    const m = minesMultiplier(state.mineCount, revealed.length, variant);
    if (revealed.length === MINES_TILES - state.mineCount) {
      return {
        state: { ...state, revealed, status: 'CLEARED' },
        finished: true,
        payout: payoutFor(stake, m),
        multiplier: m,
      };
    }
    // Still playing: the multiplier is what a cash-out would pay now.
    return { state: { ...state, revealed }, finished: false, payout: 0n, multiplier: m };
  },

  view(state, finished, variant): MinesView & Record<string, unknown> {
    const over = finished || state.status !== 'ACTIVE';
    const k = safeCount(state);
    const current = state.status === 'LOST' ? LOSS : k >= 1 ? minesMultiplier(state.mineCount, k, variant) : null;
    const next =
      !over && k + 1 <= MINES_TILES - state.mineCount ? minesMultiplier(state.mineCount, k + 1, variant) : null;
    return {
      mineCount: state.mineCount,
      status: state.status,
      revealed: [...state.revealed],
      mines: over ? [...state.mines] : null,
      multiplier: current && formatMultiplier(current, 8),
      nextMultiplier: next && formatMultiplier(next, 8),
    };
  },

  cashOut(state, stake, variant) {
    if (state.status !== 'ACTIVE') throw new GameParamError('This round is over.');
    const k = safeCount(state);
    if (k < 1) throw new GameParamError('Reveal at least one tile before cashing out.');
    const m = minesMultiplier(state.mineCount, k, variant);
    return { state: { ...state, status: 'CASHED_OUT' }, payout: payoutFor(stake, m), multiplier: m };
  },
};
