/**
 * The hidden drop value of a MUST_DROP tier, drawn provably fairly at each seeding.
 *
 * At seeding s (1 for a tier's first seeding, +1 at each reseed after a drop) the service takes a fresh
 * server seed (32 CSPRNG bytes, 64 lowercase hex characters), keeps it secret and publishes its commitment
 * SHA-256(serverSeed) with the seeding. The drop value is
 *
 *   dropValue = minDropValue + int(maxDropValue − minDropValue + 1)
 *
 * where int(n) is the rejection-sampled integer of fair-stream.ts (the published int(n) for ranges up to
 * 2³², the same rule over 8+ bytes above; no bound on the range) over the stream
 *   serverSeed, clientSeed = `${jackpotId}/${tierCode}/${seedingNumber}`, nonce = 0, from round 0.
 * Every value of [min, max] (inclusive, minor units) is equally likely. The nonce is always 0 because
 * each seeding has its own server seed and the client seed already names the seeding. After the drop the
 * seed is revealed (verify-drop-value.ts) and anyone can recompute the value and check the commitment.
 *
 * What this proves: the value was fixed when the seeding was published — the house cannot move it towards
 * or away from a given bet — and it lies in the advertised range. The client seed is public and known in
 * advance, so it does not stop the house from choosing among server seeds; the range is the guarantee
 * players rely on for how far the pool can grow (check-must-drop.ts).
 */
import { FairRng, hashServerSeed } from '@casinox/fairness';

export interface DropValueSeeding {
  readonly serverSeed: string;
  readonly jackpotId: string;
  readonly tierCode: string;
  readonly seedingNumber: number;
  readonly minDropValue: bigint;
  readonly maxDropValue: bigint;
}

export interface DropValueDraw {
  readonly dropValue: bigint;
  /** SHA-256(serverSeed), published at the seeding; the seed itself only after the drop. */
  readonly commitment: string;
  readonly clientSeed: string;
  readonly nonce: 0;
}

/** The public client seed of a tier's seeding: `${jackpotId}/${tierCode}/${seedingNumber}`. */
export function dropClientSeed(jackpotId: string, tierCode: string, seedingNumber: number): string {
  if (!Number.isSafeInteger(seedingNumber) || seedingNumber < 1)
    throw new RangeError(`The seeding number must be a positive integer, got ${seedingNumber}.`);
  return `${jackpotId}/${tierCode}/${seedingNumber}`;
}

export function drawDropValue(seeding: DropValueSeeding): DropValueDraw {
  const { minDropValue, maxDropValue } = seeding;
  if (minDropValue < 0n || maxDropValue < minDropValue)
    throw new RangeError(`The drop range must satisfy 0 ≤ min ≤ max, got [${minDropValue}, ${maxDropValue}].`);
  const clientSeed = dropClientSeed(seeding.jackpotId, seeding.tierCode, seeding.seedingNumber);
  const stream = new FairRng(seeding.serverSeed, clientSeed, 0);
  const dropValue = minDropValue + stream.nextBelow(maxDropValue - minDropValue + 1n);
  return { dropValue, commitment: hashServerSeed(seeding.serverSeed), clientSeed, nonce: 0 };
}
