/**
 * Verifies a revealed MUST_DROP seeding: the revealed server seed must hash to the commitment published
 * at the seeding, and recomputing the draw (draw-drop-value.ts) from it must give the drop value the
 * jackpot dropped at. Either failure is reported, not thrown, so a verification page can show it. Pure.
 */
import { drawDropValue, type DropValueSeeding } from './draw-drop-value.js';
import { hashServerSeed, isServerSeed } from '@casinox/fairness';

export interface DropValueClaim extends DropValueSeeding {
  /** The commitment published at the seeding. */
  readonly commitment: string;
  /** The drop value the house says was drawn. */
  readonly dropValue: bigint;
}

export type DropValueProblem = 'MALFORMED_SERVER_SEED' | 'SEED_DOES_NOT_MATCH_COMMITMENT' | 'DROP_VALUE_DIFFERS';

export interface DropValueVerification {
  readonly valid: boolean;
  readonly problems: readonly DropValueProblem[];
  /** The drop value recomputed from the revealed seed (null when the seed is not a server seed). */
  readonly recomputedDropValue: bigint | null;
}

export function verifyDropValue(claim: DropValueClaim): DropValueVerification {
  if (!isServerSeed(claim.serverSeed))
    return { valid: false, problems: ['MALFORMED_SERVER_SEED'], recomputedDropValue: null };
  const problems: DropValueProblem[] = [];
  if (hashServerSeed(claim.serverSeed) !== claim.commitment.toLowerCase())
    problems.push('SEED_DOES_NOT_MATCH_COMMITMENT');
  const { dropValue } = drawDropValue(claim);
  if (dropValue !== claim.dropValue) problems.push('DROP_VALUE_DIFFERS');
  return { valid: problems.length === 0, problems, recomputedDropValue: dropValue };
}
