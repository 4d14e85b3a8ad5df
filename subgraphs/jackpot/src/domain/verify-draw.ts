/**
 * Verifies a published draw (draw-winner.ts) from its revealed data: the revealed server seed must hash
 * to the commitment published before the period, the entry list must match the published digest, and
 * redrawing from the seed must name the same winning bet and ticket. Every failure is listed (not thrown)
 * so a verification page or the admin's draw history can show it. Pure.
 */
import { type DrawEntry, type DrawResult, digestEntries, canonicalEntries, pickWinner } from './draw-winner.js';
import { hashServerSeed, isClientSeed, isServerSeed } from '@casinox/fairness';

export interface PublishedDraw {
  readonly commitment: string;
  /** The server seed revealed after the draw. */
  readonly serverSeed: string;
  readonly clientSeed: string;
  readonly entries: readonly DrawEntry[];
  readonly entriesDigest: string;
  /** The winner the house announced (null when it announced no entries). */
  readonly winnerBetId: string | null;
  readonly ticket: bigint | null;
}

export type DrawProblem =
  | 'MALFORMED_INPUT'
  | 'SEED_DOES_NOT_MATCH_COMMITMENT'
  | 'ENTRIES_DO_NOT_MATCH_DIGEST'
  | 'WINNER_DIFFERS'
  | 'TICKET_DIFFERS';

export interface DrawVerification {
  readonly valid: boolean;
  readonly problems: readonly DrawProblem[];
  /** The draw recomputed from the revealed data (null when the input cannot be drawn from). */
  readonly recomputed: DrawResult | null;
}

export function verifyDraw(published: PublishedDraw): DrawVerification {
  let ordered: DrawEntry[];
  try {
    ordered = canonicalEntries(published.entries);
  } catch {
    return { valid: false, problems: ['MALFORMED_INPUT'], recomputed: null };
  }
  if (!isServerSeed(published.serverSeed) || !isClientSeed(published.clientSeed))
    return { valid: false, problems: ['MALFORMED_INPUT'], recomputed: null };

  const problems: DrawProblem[] = [];
  const commitment = published.commitment.toLowerCase();
  if (hashServerSeed(published.serverSeed) !== commitment) problems.push('SEED_DOES_NOT_MATCH_COMMITMENT');
  if (digestEntries(ordered) !== published.entriesDigest.toLowerCase()) problems.push('ENTRIES_DO_NOT_MATCH_DIGEST');
  const recomputed = pickWinner(published.serverSeed, published.clientSeed, ordered, commitment);
  const winnerBetId = recomputed.kind === 'WINNER' ? recomputed.winner.betId : null;
  const ticket = recomputed.kind === 'WINNER' ? recomputed.ticket : null;
  if (winnerBetId !== published.winnerBetId) problems.push('WINNER_DIFFERS');
  if (ticket !== published.ticket) problems.push('TICKET_DIFFERS');
  return { valid: problems.length === 0, problems, recomputed };
}
