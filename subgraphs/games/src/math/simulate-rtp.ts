/**
 * Monte-Carlo RTP measurement for the `*.rtp.test.ts` files. The rounds draw, one after the other, from a
 * single long fair stream (server seed fixed below, nonce 0, rounds 0, 1, 2, … of the HMAC): its 4-byte
 * draws are as independent and uniform as those of fresh per-bet streams, at an eighth of the HMAC calls,
 * and a run is reproducible. It reports the mean return per unit staked with its standard error, taken
 * from the per-round returns themselves.
 */
import { FairRng } from '@casinox/fairness';
import type { Multiplier } from './game-model.js';

export const SIMULATION_SERVER_SEED = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';

export interface RtpMeasurement {
  rounds: number;
  /** Mean return per unit staked. */
  mean: number;
  /** Standard error of the mean: sample standard deviation / √rounds. */
  standardError: number;
}

/** Plays rounds 0 … rounds−1; `play` returns what round `i` paid per unit staked. */
export function simulateRtp(
  rounds: number,
  clientSeed: string,
  play: (rng: FairRng, round: number) => number,
): RtpMeasurement {
  const rng = new FairRng(SIMULATION_SERVER_SEED, clientSeed, 0);
  let sum = 0;
  let sumSquares = 0;
  for (let round = 0; round < rounds; round++) {
    const r = play(rng, round);
    sum += r;
    sumSquares += r * r;
  }
  const mean = sum / rounds;
  const variance = (sumSquares - rounds * mean * mean) / (rounds - 1);
  return { rounds, mean, standardError: Math.sqrt(Math.max(variance, 0) / rounds) };
}

/** A rational multiplier as a float, for statistics only. */
export function toNumber(m: Multiplier): number {
  return Number(m.num) / Number(m.den);
}
