/**
 * The scheduled draw of a FIXED or SPONSORED tier: one winner among the period's qualifying bets,
 * provably fair and verifiable by anyone (verify-draw.ts).
 *
 * Protocol:
 * 1. Before the draw period opens, the service takes a fresh server seed (32 CSPRNG bytes, 64 lowercase
 *    hex characters), keeps it secret and publishes commitment = SHA-256(serverSeed). The client seed is
 *    public: the draw's id (visible ASCII without ':'). Because the entries do not exist yet when the seed
 *    is committed, the house cannot pick a seed that favours a particular bet.
 * 2. When the period closes, the entries are the qualifying bets (check-qualifying-bet.ts) of the
 *    period, each { betId, stake }. Canonical order: ascending betId by UTF-16 code unit (plain `<`, not a
 *    locale collation; ids are lower-case uuids, so this is byte order too). Duplicate ids are refused.
 * 3. Weighting: one ticket per minor unit staked, so the chance of a bet is stake / total stake. Chosen
 *    over one ticket per bet because per-bet tickets reward splitting a stake into many minimum bets;
 *    stake weighting makes a draw entry worth exactly what was wagered. A zero stake holds no ticket.
 * 4. ticket = int(totalStake) over the stream (serverSeed, clientSeed = draw id, nonce = 0, from round 0),
 *    rejection-sampled as in fair-stream.ts (the published int(n) when the total is at most 2³², the
 *    same rule over 8+ bytes above). Tickets are numbered along the canonical order: the first entry holds
 *    [0, stake₀), the next [stake₀, stake₀ + stake₁) …; the winner is the entry whose range holds ticket.
 * 5. The result is published with entriesDigest = SHA-256 of the canonical lines `${betId}:${stake}\n`
 *    (lowercase hex), so a verifier holding the entry list can check it is the list that was drawn from;
 *    then the seed is revealed.
 * The draw refuses a server seed that does not match the commitment: the house may only draw with the
 * seed it committed to. Pure.
 */
import { createHash } from 'node:crypto';
import { FairRng, hashServerSeed } from '@casinox/fairness';

export interface DrawEntry {
  readonly betId: string;
  readonly stake: bigint;
}

export interface DrawInput {
  readonly serverSeed: string;
  /** SHA-256(serverSeed) as published before the period. */
  readonly commitment: string;
  /** The public client seed: the draw's id. */
  readonly clientSeed: string;
  /** The eligible entries, in any order (the draw sorts them). */
  readonly entries: readonly DrawEntry[];
}

export type DrawResult =
  | {
      readonly kind: 'WINNER';
      readonly winner: DrawEntry;
      /** The drawn ticket, in [0, totalTickets). */
      readonly ticket: bigint;
      readonly totalTickets: bigint;
      readonly entryCount: number;
      readonly entriesDigest: string;
      readonly commitment: string;
      readonly clientSeed: string;
      readonly nonce: 0;
    }
  /** No entry holds a ticket (no qualifying bet, or only zero stakes): nothing is drawn, the prize stays. */
  | { readonly kind: 'NO_ENTRIES'; readonly entryCount: number; readonly entriesDigest: string };

export function drawWinner(input: DrawInput): DrawResult {
  if (hashServerSeed(input.serverSeed) !== input.commitment.toLowerCase())
    throw new RangeError('The server seed does not match the published commitment.');
  return pickWinner(input.serverSeed, input.clientSeed, input.entries, input.commitment.toLowerCase());
}

/** Steps 2–5 without the commitment check; verify-draw.ts reports a mismatch instead of throwing. */
export function pickWinner(
  serverSeed: string,
  clientSeed: string,
  entries: readonly DrawEntry[],
  commitment: string,
): DrawResult {
  const ordered = canonicalEntries(entries);
  const entriesDigest = digestEntries(ordered);
  const totalTickets = ordered.reduce((sum, entry) => sum + entry.stake, 0n);
  if (totalTickets === 0n) return { kind: 'NO_ENTRIES', entryCount: ordered.length, entriesDigest };
  const ticket = new FairRng(serverSeed, clientSeed, 0).nextBelow(totalTickets);
  let end = 0n;
  for (const entry of ordered) {
    end += entry.stake;
    if (ticket < end)
      return {
        kind: 'WINNER',
        winner: entry,
        ticket,
        totalTickets,
        entryCount: ordered.length,
        entriesDigest,
        commitment,
        clientSeed,
        nonce: 0,
      };
  }
  throw new Error('unreachable: the ticket is below the total stake');
}

/** The entries in canonical order (ascending betId by code unit); refuses duplicates and negative stakes. */
export function canonicalEntries(entries: readonly DrawEntry[]): DrawEntry[] {
  const ordered = [...entries].sort((a, b) => (a.betId < b.betId ? -1 : a.betId > b.betId ? 1 : 0));
  ordered.forEach((entry, index) => {
    if (entry.stake < 0n) throw new RangeError(`Entry ${entry.betId} has a negative stake.`);
    if (index > 0 && ordered[index - 1]!.betId === entry.betId)
      throw new RangeError(`Bet ${entry.betId} is entered twice.`);
  });
  return ordered;
}

/** SHA-256 over the canonical lines `${betId}:${stake}\n`, lowercase hex. */
export function digestEntries(ordered: readonly DrawEntry[]): string {
  const hash = createHash('sha256');
  for (const entry of ordered) hash.update(`${entry.betId}:${entry.stake}\n`, 'utf8');
  return hash.digest('hex');
}
