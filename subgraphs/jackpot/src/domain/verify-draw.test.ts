import { describe, expect, it } from 'vitest';
import { drawWinner } from './draw-winner.js';
import { hashServerSeed } from '@casinox/fairness';
import { type PublishedDraw, verifyDraw } from './verify-draw.js';

const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const COMMITMENT = hashServerSeed(SERVER_SEED);
const ENTRIES = [
  { betId: 'b-03', stake: 300n },
  { betId: 'b-01', stake: 100n },
  { betId: 'b-02', stake: 0n },
  { betId: 'b-04', stake: 600n },
];

// What the house publishes: the commitment before, the result after, then the seed.
function publish(clientSeed: string): PublishedDraw {
  const result = drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed, entries: ENTRIES });
  if (result.kind !== 'WINNER') throw new Error('expected a winner');
  return {
    commitment: COMMITMENT,
    serverSeed: SERVER_SEED,
    clientSeed,
    entries: ENTRIES,
    entriesDigest: result.entriesDigest,
    winnerBetId: result.winner.betId,
    ticket: result.ticket,
  };
}

const honest = publish('draw-2026-01-01'); // ticket 291: b-03

describe('verifyDraw', () => {
  it.each<[string, Partial<PublishedDraw>, string[]]>([
    ['an honest draw', {}, []],
    ['the same draw with its entries in another order', { entries: [...ENTRIES].reverse() }, []],
    [
      'a tampered seed',
      { serverSeed: '0'.repeat(64) },
      ['SEED_DOES_NOT_MATCH_COMMITMENT', 'WINNER_DIFFERS', 'TICKET_DIFFERS'],
    ],
    ['a seed that fits the commitment but another announced winner', { winnerBetId: 'b-04' }, ['WINNER_DIFFERS']],
    ['another ticket announced in the same range', { ticket: 292n }, ['TICKET_DIFFERS']],
    // The redraw over 400 tickets happens to land on b-03 again: only the digest shows the list changed.
    [
      'an entry dropped after the draw',
      { entries: ENTRIES.filter((entry) => entry.betId !== 'b-04') },
      ['ENTRIES_DO_NOT_MATCH_DIGEST'],
    ],
    [
      'a stake changed after the draw',
      { entries: ENTRIES.map((entry) => (entry.betId === 'b-01' ? { ...entry, stake: 101n } : entry)) },
      ['ENTRIES_DO_NOT_MATCH_DIGEST', 'TICKET_DIFFERS'],
    ],
    ['another client seed', { clientSeed: 'draw-2026-01-02' }, ['WINNER_DIFFERS', 'TICKET_DIFFERS']],
    [
      'a commitment to another seed',
      { commitment: hashServerSeed('1'.repeat(64)) },
      ['SEED_DOES_NOT_MATCH_COMMITMENT'],
    ],
  ])('%s', (_label, patch, problems) => {
    const verification = verifyDraw({ ...honest, ...patch });
    expect(verification.problems).toEqual(problems);
    expect(verification.valid).toBe(problems.length === 0);
  });

  it('recomputes the winner from the revealed data', () => {
    expect(verifyDraw(honest).recomputed).toMatchObject({
      kind: 'WINNER',
      winner: { betId: 'b-03' },
      ticket: 291n,
      totalTickets: 1_000n,
    });
  });

  it('verifies a draw that found no entries', () => {
    const empty = drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed: 'quiet-day', entries: [] });
    expect(
      verifyDraw({
        commitment: COMMITMENT,
        serverSeed: SERVER_SEED,
        clientSeed: 'quiet-day',
        entries: [],
        entriesDigest: empty.entriesDigest,
        winnerBetId: null,
        ticket: null,
      }),
    ).toEqual({
      valid: true,
      problems: [],
      recomputed: empty,
    });
  });

  it.each<[string, Partial<PublishedDraw>]>([
    ['a malformed seed', { serverSeed: 'abc' }],
    ['a client seed with ":"', { clientSeed: 'a:b' }],
    ['a duplicated entry', { entries: [...ENTRIES, ENTRIES[0]!] }],
  ])('reports %s as malformed instead of throwing', (_label, patch) => {
    expect(verifyDraw({ ...honest, ...patch })).toEqual({
      valid: false,
      problems: ['MALFORMED_INPUT'],
      recomputed: null,
    });
  });
});
