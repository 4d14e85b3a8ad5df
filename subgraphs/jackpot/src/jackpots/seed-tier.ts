import { newServerSeed } from '@casinox/fairness';
import { drawDropValue, type MustDropTier } from '../domain/index.js';

/** The columns of a tier's seeding: for MUST_DROP a fresh secret seed, its drop value and commitment. */
export interface Seeding {
  seeding: number;
  dropCommitment: string | null;
  dropServerSeed: string | null;
  dropValue: bigint | null;
  /** MUST_DROP: the range the drop value was drawn in, kept with the seeding (the configuration may change before it drops). */
  dropMinValue: bigint | null;
  dropMaxValue: bigint | null;
}

/**
 * Opens seeding `seeding` of a tier. MUST_DROP tiers draw their hidden drop value provably fairly
 * (draw-drop-value.ts) from a new CSPRNG server seed that stays secret until the drop; other types
 * have nothing to draw.
 */
export function seedTier(
  jackpotId: string,
  tier: { code: string } & Partial<Pick<MustDropTier, 'minDropValue' | 'maxDropValue'>>,
  seeding: number,
): Seeding {
  if (tier.minDropValue === undefined || tier.maxDropValue === undefined)
    return {
      seeding,
      dropCommitment: null,
      dropServerSeed: null,
      dropValue: null,
      dropMinValue: null,
      dropMaxValue: null,
    };
  const serverSeed = newServerSeed();
  const draw = drawDropValue({
    serverSeed,
    jackpotId,
    tierCode: tier.code,
    seedingNumber: seeding,
    minDropValue: tier.minDropValue,
    maxDropValue: tier.maxDropValue,
  });
  return {
    seeding,
    dropCommitment: draw.commitment,
    dropServerSeed: serverSeed,
    dropValue: draw.dropValue,
    dropMinValue: tier.minDropValue,
    dropMaxValue: tier.maxDropValue,
  };
}
