import { describe, expect, it } from 'vitest';
import { roundBytes, sha256Hex, verifyBet, VerifyError } from './index.ts';

// Known-answer vectors: bytes from `openssl dgst -sha256 -hmac "$SERVER_SEED"`, outcomes from a separate
// Python computation over those bytes. docs/provably-fair.md walks through the same numbers.
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const SERVER_SEED_HASH = '92caa6bd150d48346838fe84a83df523ffbea989ca8b29aa019bddf05e875958';
const CLIENT_SEED = 'player-seed';
const base = { serverSeed: SERVER_SEED, clientSeed: CLIENT_SEED };

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('verifier primitives', () => {
  it('hashes the server seed string with SHA-256', async () => {
    expect(await sha256Hex(SERVER_SEED)).toBe(SERVER_SEED_HASH);
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it.each([
    [0, 0, '8e9eff932c4a8eae3f2f83cadd894e52cb651d48ddbf3e805d5276d09151c3ca'],
    [0, 1, 'd4d205ea7a35919261a88d071869316490b40579445cc28420f262b77af0d9a2'],
    [42, 1, 'e12cfd2bd49b845caced97f0d211c8204da54ac80d456cc9380f5c1148d2cb6d'],
  ])('computes round bytes for nonce %i round %i', async (nonce, round, expected) => {
    expect(hex(await roundBytes(SERVER_SEED, CLIENT_SEED, nonce, round))).toBe(expected);
  });
});

describe('verifyBet', () => {
  it('checks the commitment', async () => {
    const params = { target: 50.5, direction: 'OVER' };
    expect(
      (await verifyBet({ ...base, game: 'DICE', nonce: 2, params, serverSeedHash: SERVER_SEED_HASH })).hashMatches,
    ).toBe(true);
    expect(
      (await verifyBet({ ...base, game: 'DICE', nonce: 2, params, serverSeedHash: SERVER_SEED_HASH.replace('9', '8') }))
        .hashMatches,
    ).toBe(false);
    expect((await verifyBet({ ...base, game: 'DICE', nonce: 2, params })).hashMatches).toBeUndefined();
  });

  it.each([
    [0, 'OVER', { roll: 47.87, win: false }, '0.00000000'],
    [2, 'OVER', { roll: 59.7, win: true }, '2.00040412'],
    [1, 'UNDER', { roll: 46.44, win: true }, '1.96039603'],
  ])('recomputes dice nonce %i %s 50.50', async (nonce, direction, outcome, multiplier) => {
    const result = await verifyBet({ ...base, game: 'DICE', nonce, params: { target: 50.5, direction } });
    expect(result.outcome).toEqual(outcome);
    expect(result.multiplier).toBe(multiplier);
  });

  it('applies the variant (edge-2 dice UNDER 25: 3.92×; edge-2 limbo: 2.21×)', async () => {
    const dice = await verifyBet({
      ...base,
      game: 'DICE',
      nonce: 4,
      params: { target: '25.00', direction: 'UNDER' },
      variant: 'edge-2',
    });
    expect(dice.multiplierFraction).toEqual({ num: '98', den: '25' });
    const limbo = await verifyBet({ ...base, game: 'LIMBO', nonce: 0, params: { target: 2 }, variant: 'edge-2' });
    expect(limbo.outcome).toEqual({ result: 2.21, win: true });
  });

  it.each([
    [0, { result: 2.23, win: true }, '2.00000000'],
    [2, { result: 1.22, win: false }, '0.00000000'],
    [5, { result: 4.36, win: true }, '2.00000000'],
  ])('recomputes limbo nonce %i at target 2', async (nonce, outcome, multiplier) => {
    const result = await verifyBet({ ...base, game: 'LIMBO', nonce, params: { target: 2 } });
    expect(result.outcome).toEqual(outcome);
    expect(result.multiplier).toBe(multiplier);
  });

  it('recomputes roulette (nonce 0 lands on 4, black)', async () => {
    const params = {
      bets: [
        { kind: 'STRAIGHT', numbers: [4], amount: '10' },
        { kind: 'CORNER', numbers: [8, 7, 5, 4], amount: '10' },
        { kind: 'RED', amount: '10' },
        { kind: 'COLUMN', index: 1, amount: '10' },
      ],
    };
    const result = await verifyBet({ ...base, game: 'ROULETTE', nonce: 0, params });
    expect(result.outcome).toEqual({ pocket: 4, colour: 'BLACK', winningBets: [0, 1, 3] });
    // (360 + 90 + 30) / 40
    expect(result.multiplierFraction).toEqual({ num: '12', den: '1' });
  });

  it('recomputes slots (nonce 303: BAR ×3, WILD ×3, PLUM ×3 = 128 line bets = 12.8×)', async () => {
    const result = await verifyBet({ ...base, game: 'SLOTS', nonce: 303, params: {} });
    expect(result.outcome).toEqual({
      stops: [29, 14, 18, 28, 22],
      grid: [
        ['PLUM', 'WILD', 'BAR'],
        ['LEMON', 'CHERRY', 'WILD'],
        ['CHERRY', 'PLUM', 'WILD'],
        ['CHERRY', 'BELL', 'LEMON'],
        ['LEMON', 'CHERRY', 'BAR'],
      ],
      lineWins: [
        { line: 3, symbol: 'BAR', count: 3, pays: 20 },
        { line: 9, symbol: 'WILD', count: 3, pays: 100 },
        { line: 10, symbol: 'PLUM', count: 3, pays: 8 },
      ],
      scatters: 0,
      scatterPays: 0,
    });
    expect(result.multiplier).toBe('12.80000000');
    expect((await verifyBet({ ...base, game: 'SLOTS', nonce: 173 })).outcome).toMatchObject({
      scatters: 3,
      scatterPays: 3,
    });
  });

  it.each([
    [0, 3, [], [7, 12, 15], null, '0.00000000'],
    [0, 3, [0, 24], [7, 12, 15], null, '1.28571428'],
    [0, 3, [0, 12, 1], [7, 12, 15], 12, '0.00000000'],
    [
      2,
      24,
      [24],
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23],
      null,
      '24.75000000',
    ],
  ])(
    'recomputes mines nonce %i with %i mines, revealed %j',
    async (nonce, count, revealed, mines, hitMine, multiplier) => {
      const result = await verifyBet({ ...base, game: 'MINES', nonce, params: { mines: count, revealed } });
      expect(result.outcome).toMatchObject({ mines, hitMine });
      expect(result.multiplier).toBe(multiplier);
    },
  );

  it.each([
    ['an unknown game', { game: 'POKER', nonce: 0 }],
    ['a short server seed', { game: 'DICE', nonce: 0, serverSeed: 'abc' }],
    ['a client seed with a colon', { game: 'DICE', nonce: 0, clientSeed: 'a:b' }],
    ['a negative nonce', { game: 'DICE', nonce: -1 }],
    ['dice without direction', { game: 'DICE', nonce: 0, params: { target: 50 } }],
    ['dice at 98.01 UNDER', { game: 'DICE', nonce: 0, params: { target: 98.01, direction: 'UNDER' } }],
    ['limbo at 1.00', { game: 'LIMBO', nonce: 0, params: { target: 1 } }],
    [
      'an illegal split',
      { game: 'ROULETTE', nonce: 0, params: { bets: [{ kind: 'SPLIT', numbers: [3, 4], amount: '1' }] } },
    ],
    ['a roulette amount as a number', { game: 'ROULETTE', nonce: 0, params: { bets: [{ kind: 'RED', amount: 1 }] } }],
    ['slots with params', { game: 'SLOTS', nonce: 0, params: { lines: 5 } }],
    ['25 mines', { game: 'MINES', nonce: 0, params: { mines: 25 } }],
    ['an unknown variant', { game: 'MINES', nonce: 0, params: { mines: 3 }, variant: 'edge-5' }],
  ])('refuses %s with a VerifyError', async (_label, input) => {
    await expect(verifyBet({ ...base, params: {}, ...input })).rejects.toBeInstanceOf(VerifyError);
  });
});
