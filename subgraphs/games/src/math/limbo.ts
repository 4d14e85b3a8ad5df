/**
 * Limbo.
 *
 * Conversion: the industry's crash-point formula on one float f = nextFloat() = u / 2³²,
 *   result = floor((RTP / (1 − f)) × 100) / 100,
 * computed exactly in integers: with v = 2³² − u (1 ≤ v ≤ 2³²) and P the RTP in percent (99 for 'edge-1'),
 *   result in hundredths R = floor(P · 2³² / v).
 * So the result is at least P/100 (0.99×; v = 2³²) and has no upper cap (4,252,017,623.04× at v = 1).
 *
 * Params: { target: number | string with ≤ 2 decimals }, 1.01 ≤ target ≤ 1,000,000; t = target × 100.
 * Paytable: win iff result ≥ target, paying exactly `target`×; a loss pays 0.
 *
 * RTP. R ≥ t ⟺ v ≤ P·2³²/t, so P(win) = floor(P·2³²/t) / 2³² and
 *   RTP(t) = floor(P·2³²/t) · t / (100 · 2³²) = P/100 − ε,  0 ≤ ε < t / (100 · 2³²).
 * It is exactly P/100 when t divides P·2³² (e.g. 1.28×, 1.98×, 2.56× at edge-1) and otherwise short by
 * less than t/(100·2³²): under 5·10⁻¹⁰ at 2×, under 2.4·10⁻⁴ at the 1,000,000× cap — the 32-bit float's
 * resolution, in the house's favour, never above the stated RTP. `limboRtp` gives the exact value.
 * Max payout: 1,000,000× the stake (the highest target).
 */
import type { FairRng } from '@casinox/fairness';
import { GameParamError, type InstantGameModel, type Multiplier } from './game-model.js';
import { EDGE_VARIANTS, rtpPercent } from './house-edge.js';
import { LOSS, multiplier, payoutFor } from './multiplier.js';
import { fromHundredths, onlyKeys, paramObject, toHundredths } from './parse-params.js';

export interface LimboParams {
  /** The target multiplier, 1.01–1,000,000 (at most 2 decimals). */
  target: number;
}

export interface LimboOutcome {
  /** The drawn multiplier, 2 decimals (≥ 0.99 at edge-1). */
  result: number;
  win: boolean;
}

export const LIMBO_MIN_TARGET = 101;
export const LIMBO_MAX_TARGET = 100_000_000;
const TWO_POW_32 = 2n ** 32n;

/** The drawn multiplier in hundredths: floor(P · 2³² / (2³² − u)). */
export function limboResultHundredths(u: number, variant: string): number {
  return Number((rtpPercent(variant) * TWO_POW_32) / (TWO_POW_32 - BigInt(u)));
}

/** The exact RTP for a target in hundredths: floor(P·2³²/t) · t / (100 · 2³²). */
export function limboRtp(targetHundredths: number, variant: string): Multiplier {
  const t = BigInt(targetHundredths);
  return multiplier(((rtpPercent(variant) * TWO_POW_32) / t) * t, 100n * TWO_POW_32);
}

function targetMultiplier(params: LimboParams): Multiplier {
  return multiplier(BigInt(Math.round(params.target * 100)), 100n);
}

export const limbo: InstantGameModel<LimboParams, LimboOutcome> = {
  kind: 'INSTANT',
  code: 'LIMBO',
  name: 'Limbo',
  variants: EDGE_VARIANTS,
  defaultVariant: 'edge-1',

  parseParams(raw) {
    const input = paramObject(raw);
    onlyKeys(input, ['target']);
    const target = toHundredths(input.target, 'target');
    if (target < LIMBO_MIN_TARGET || target > LIMBO_MAX_TARGET)
      throw new GameParamError("'target' must be between 1.01 and 1,000,000.");
    return { target: fromHundredths(target) };
  },

  totalStake: (_params, stake) => stake,

  maxMultiplier: (params) => targetMultiplier(params),

  play(rng: FairRng, params, stake, variant) {
    const u = rng.nextFloat() * 2 ** 32;
    const result = limboResultHundredths(u, variant);
    const win = result >= Math.round(params.target * 100);
    const m = win ? targetMultiplier(params) : LOSS;
    return { outcome: { result: fromHundredths(result), win }, payout: payoutFor(stake, m), multiplier: m };
  },
};
