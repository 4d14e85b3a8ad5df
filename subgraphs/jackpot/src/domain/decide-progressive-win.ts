/**
 * Whether a qualifying bet wins PROGRESSIVE tiers, decided from the bet's own provably fair stream so
 * the player can verify it with the seeds they already verify their bets with.
 *
 * Bytes: the bet's (serverSeed, clientSeed, nonce) and the round R = 1000 + fairnessSlot:
 *   block = HMAC_SHA256(key = serverSeed, message = `${clientSeed}:${nonce}:${R}`)   (docs/provably-fair.md §2)
 * Tier i (its index in the jackpot's tier list, 0 ≤ i < 8) reads bytes 4i … 4i+3 of that block as the
 * big-endian word u_i, i.e. the float f_i = u_i / 2³². The tier is hit when f_i < 1/N_i (N_i = hitOneIn),
 * computed exactly in integers as u_i · N_i < 2³² — no floating-point rounding at the edge.
 *
 * - Probability ceil(2³²/N)/2³²: exactly 1/N when N is a power of two, otherwise above 1/N by less than
 *   2⁻³² (in the player's favour). No rejection sampling is needed, so each tier reads exactly 4 bytes.
 * - No overlap with the game: a game reads rounds 0, 1, 2 … in order and needs a new round only after
 *   8 draws; reaching round 1000 would take over 7,000 rejected draws in a row (a rejection has
 *   probability below 1/2 for any n, below 3·10⁻⁶ for the platform's games). Two progressive jackpots of a tenant have distinct fairness slots, so they read
 *   distinct rounds and their tiers are independent; tiers of one jackpot read disjoint bytes.
 * - Each tier is decided on its own: one bet can, rarely, hit several tiers; each hit is paid.
 * - The caller decides qualification first (check-qualifying-bet.ts): a non-qualifying bet is not asked.
 * - The engine decides from the block alone (decideProgressiveTiers): games computes it on the bet path
 *   and sends it in `bet.settled.jackpotRounds`, so the server seed never leaves games. The seeds-based
 *   decideProgressiveWin recomputes the block, for verification and tests.
 * Pure; the bet's server seed stays secret until the player rotates their seed pair, after which the win
 * is verifiable from the recorded round, byte offset and word.
 */
import { fairBytes, isClientSeed, isServerSeed } from '@casinox/fairness';
import { MAX_TIERS, type ProgressiveJackpotConfig } from './jackpot.js';

export const PROGRESSIVE_ROUND_BASE = 1000;
const TWO_POW_32 = 2n ** 32n;
const BLOCK_BYTES = 32;

export interface BetFairness {
  readonly serverSeed: string;
  readonly clientSeed: string;
  readonly nonce: number;
}

export interface TierDecision {
  readonly tierCode: string;
  readonly hitOneIn: number;
  /** Offset of the tier's 4 bytes in the round's 32. */
  readonly byteOffset: number;
  /** The big-endian word u read there. */
  readonly word: number;
  readonly hit: boolean;
}

export interface ProgressiveDecision {
  readonly round: number;
  readonly tiers: readonly TierDecision[];
  /** Codes of the tiers hit, in tier order (usually none). */
  readonly won: readonly string[];
}

/** The round of the bet's stream a progressive jackpot reads. */
export function progressiveRound(fairnessSlot: number): number {
  if (!Number.isSafeInteger(fairnessSlot) || fairnessSlot < 0)
    throw new RangeError(`The fairness slot must be a non-negative integer, got ${fairnessSlot}.`);
  return PROGRESSIVE_ROUND_BASE + fairnessSlot;
}

/**
 * The decision itself, from the 32-byte block of round 1000 + fairnessSlot (as games publishes it in
 * `bet.settled.jackpotRounds`: 64 lowercase hex characters, or the bytes). The jackpot engine never
 * holds the player's server seed: it decides from the block, and the player verifies the block once
 * the seed is revealed (decideProgressiveWin recomputes it from the seeds).
 */
export function decideProgressiveTiers(
  jackpot: Pick<ProgressiveJackpotConfig, 'fairnessSlot' | 'tiers'>,
  block: string | Uint8Array,
): ProgressiveDecision {
  if (jackpot.tiers.length > MAX_TIERS)
    throw new RangeError(`A jackpot has at most ${MAX_TIERS} tiers: one round holds ${MAX_TIERS} words.`);
  const round = progressiveRound(jackpot.fairnessSlot);
  const bytes = typeof block === 'string' ? blockFromHex(block) : Buffer.from(block);
  if (bytes.length !== BLOCK_BYTES)
    throw new RangeError(`A round block has ${BLOCK_BYTES} bytes, got ${bytes.length}.`);
  const tiers = jackpot.tiers.map((tier, index): TierDecision => {
    if (!Number.isSafeInteger(tier.hitOneIn) || tier.hitOneIn < 1)
      throw new RangeError(`Tier ${tier.code}: hitOneIn must be a positive integer.`);
    const byteOffset = 4 * index;
    const word = bytes.readUInt32BE(byteOffset);
    return {
      tierCode: tier.code,
      hitOneIn: tier.hitOneIn,
      byteOffset,
      word,
      hit: BigInt(word) * BigInt(tier.hitOneIn) < TWO_POW_32,
    };
  });
  return { round, tiers, won: tiers.filter((tier) => tier.hit).map((tier) => tier.tierCode) };
}

/** The same decision from the bet's seeds (verification once the server seed is revealed). */
export function decideProgressiveWin(
  jackpot: Pick<ProgressiveJackpotConfig, 'fairnessSlot' | 'tiers'>,
  bet: BetFairness,
): ProgressiveDecision {
  if (!isServerSeed(bet.serverSeed)) throw new RangeError('The server seed must be 64 lowercase hex characters.');
  if (!isClientSeed(bet.clientSeed))
    throw new RangeError('The client seed must be visible ASCII characters without ":".');
  if (!Number.isSafeInteger(bet.nonce) || bet.nonce < 0)
    throw new RangeError('The nonce must be a non-negative integer.');
  return decideProgressiveTiers(jackpot, progressiveBlock(jackpot.fairnessSlot, bet));
}

/** The 32-byte block a progressive jackpot reads from a bet's stream, as 64 lowercase hex characters. */
export function progressiveBlock(fairnessSlot: number, bet: BetFairness): string {
  return fairBytes(bet.serverSeed, bet.clientSeed, bet.nonce, progressiveRound(fairnessSlot)).toString('hex');
}

function blockFromHex(hex: string): Buffer {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new RangeError('A round block must be 64 lowercase hex characters.');
  return Buffer.from(hex, 'hex');
}
