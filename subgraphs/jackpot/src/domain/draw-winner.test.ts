import { describe, expect, it } from 'vitest';
import { type DrawEntry, canonicalEntries, digestEntries, drawWinner } from './draw-winner.js';
import { hashServerSeed } from '@casinox/fairness';

// Known answers from a separate Python implementation (hashlib HMAC, rejection sampling, cumulative
// stakes over the entries sorted by bet id).
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const COMMITMENT = '92caa6bd150d48346838fe84a83df523ffbea989ca8b29aa019bddf05e875958';
const ENTRIES: DrawEntry[] = [
  { betId: 'b-03', stake: 300n },
  { betId: 'b-01', stake: 100n },
  { betId: 'b-02', stake: 0n },
  { betId: 'b-04', stake: 600n },
];
const DIGEST = 'a34fc13cd2e3852a9e711623a3616e898bde72774a3bb8541733a93836cc2c17';

describe('drawWinner', () => {
  it.each([
    ['draw-2026-01-01', 291n, 'b-03'], // b-01 holds [0, 100), b-02 nothing, b-03 [100, 400), b-04 [400, 1000)
    ['draw-2026-01-02', 821n, 'b-04'],
    ['draw-2026-01-03', 23n, 'b-01'],
  ])('draw %s picks ticket %s: %s', (clientSeed, ticket, betId) => {
    expect(drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed, entries: ENTRIES })).toEqual({
      kind: 'WINNER',
      winner: ENTRIES.find((entry) => entry.betId === betId),
      ticket,
      totalTickets: 1_000n,
      entryCount: 4,
      entriesDigest: DIGEST,
      commitment: COMMITMENT,
      clientSeed,
      nonce: 0,
    });
  });

  it('does not depend on the order the entries are given in', () => {
    const first = drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed: 'd', entries: ENTRIES });
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
    ]) {
      expect(
        drawWinner({
          serverSeed: SERVER_SEED,
          commitment: COMMITMENT,
          clientSeed: 'd',
          entries: order.map((i) => ENTRIES[i]!),
        }),
      ).toEqual(first);
    }
  });

  it('weights by stake: χ² of 20,000 draws over stakes 1:2:3:4 below the 0.999 critical value', () => {
    const entries = [1n, 2n, 3n, 4n].map((stake, i) => ({ betId: `bet-${i}`, stake: stake * 1_000_003n }));
    const counts = [0, 0, 0, 0];
    const draws = 20_000;
    for (let i = 0; i < draws; i++) {
      const result = drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed: `draw-${i}`, entries });
      if (result.kind !== 'WINNER') throw new Error('expected a winner');
      counts[Number(result.winner.betId.slice(4))]! += 1;
    }
    const chiSquare = counts.reduce(
      (sum, count, i) => sum + (count - (draws * (i + 1)) / 10) ** 2 / ((draws * (i + 1)) / 10),
      0,
    );
    expect(chiSquare).toBeLessThan(16.27); // 3 degrees of freedom, p = 0.999
  });

  it('draws from totals beyond 2^32 in proportion to stake', () => {
    const entries = [
      { betId: 'a', stake: 2n ** 40n },
      { betId: 'b', stake: 2n ** 61n - 2n ** 40n },
      { betId: 'c', stake: 2n ** 61n + 1n },
    ];
    const winners = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const result = drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed: `big-${i}`, entries });
      if (result.kind !== 'WINNER') throw new Error('expected a winner');
      expect(result.totalTickets).toBe(2n ** 62n + 1n);
      expect(result.ticket < result.totalTickets).toBe(true);
      winners.add(result.winner.betId);
    }
    // a holds 2^40 of 2^62 tickets (1 in 4 million): it should not win in 200 draws; b and c should.
    expect([...winners].sort()).toEqual(['b', 'c']);
  });

  it.each([
    ['no entries', []],
    ['only zero stakes', [{ betId: 'x', stake: 0n }]],
  ])('draws nothing from %s', (_label, entries) => {
    expect(drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed: 'd', entries })).toMatchObject({
      kind: 'NO_ENTRIES',
      entryCount: entries.length,
    });
  });

  it.each([
    ['a seed that does not match the commitment', { serverSeed: '0'.repeat(64) }, /commitment/],
    ['a bet entered twice', { entries: [...ENTRIES, { betId: 'b-01', stake: 1n }] }, /twice/],
    ['a negative stake', { entries: [{ betId: 'x', stake: -1n }] }, /negative/],
    ['a client seed with ":"', { clientSeed: 'draw:1' }, /client seed/],
  ])('refuses %s', (_label, patch, message) => {
    expect(() =>
      drawWinner({ serverSeed: SERVER_SEED, commitment: COMMITMENT, clientSeed: 'd', entries: ENTRIES, ...patch }),
    ).toThrow(message);
  });

  it('accepts an upper-case commitment and publishes it in lower case', () => {
    const result = drawWinner({
      serverSeed: SERVER_SEED,
      commitment: COMMITMENT.toUpperCase(),
      clientSeed: 'draw-2026-01-01',
      entries: ENTRIES,
    });
    expect(result).toMatchObject({ kind: 'WINNER', commitment: hashServerSeed(SERVER_SEED) });
  });

  it('orders entries by code unit, not by locale, and digests the canonical lines', () => {
    const ordered = canonicalEntries([
      { betId: 'b', stake: 1n },
      { betId: 'B', stake: 2n },
      { betId: 'a', stake: 3n },
    ]);
    expect(ordered.map((entry) => entry.betId)).toEqual(['B', 'a', 'b']);
    // printf 'B:2\na:3\nb:1\n' | sha256sum
    expect(digestEntries(ordered)).toBe('cfc8716c309db6ac46b3fe2f4e4cf6a94646b2807bd63d3109d86730ce3f0c99');
  });
});
