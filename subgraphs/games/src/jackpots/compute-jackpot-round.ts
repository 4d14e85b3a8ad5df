import { fairBytes } from '@casinox/fairness';

/** A progressive jackpot reads round 1000 + its fairness slot of the bet's stream (far beyond any game's own rounds). */
export const PROGRESSIVE_ROUND_BASE = 1000;

export interface JackpotRound {
  readonly jackpotId: string;
  readonly round: number;
  /** HMAC_SHA256(serverSeed, `${clientSeed}:${nonce}:${round}`) as 64 lowercase hex characters. */
  readonly block: string;
}

/**
 * The block of the bet's provably fair stream that decides a progressive jackpot's tiers for this
 * bet. The jackpot engine receives the block (never the server seed) and decides from it; once the
 * seed pair is revealed anyone can recompute it. Pure.
 */
export function computeJackpotRound(
  jackpotId: string,
  fairnessSlot: number,
  seeds: { serverSeed: string; clientSeed: string; nonce: number },
): JackpotRound {
  if (!Number.isInteger(fairnessSlot) || fairnessSlot < 0)
    throw new RangeError(`A fairness slot is a non-negative integer, got ${fairnessSlot}.`);
  const round = PROGRESSIVE_ROUND_BASE + fairnessSlot;
  return { jackpotId, round, block: fairBytes(seeds.serverSeed, seeds.clientSeed, seeds.nonce, round).toString('hex') };
}
