import { describe, expect, it } from 'vitest';
import { FairRng } from '@casinox/fairness';
import { GameParamError } from './game-model.js';
import {
  evaluateLine,
  evaluateSpin,
  SLOTS_MACHINE,
  SLOTS_RTP,
  slots,
  slotsRtp,
  type SlotMachine,
  type SlotSymbol,
} from './slots.js';

// Stops, grids and wins for these seeds come from an independent computation (OpenSSL HMAC + Python).
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';
const rng = (nonce: number) => new FairRng(SERVER_SEED, CLIENT_SEED, nonce);
const line = (letters: string) =>
  [...letters].map(
    (l) =>
      ({ W: 'WILD', S: 'SCATTER', '7': 'SEVEN', B: 'BAR', L: 'BELL', P: 'PLUM', E: 'LEMON', C: 'CHERRY' })[
        l
      ] as SlotSymbol,
  );

describe('slots machine', () => {
  it('has 5 strips of 30, one SCATTER per strip, and 10 paylines of one row per reel', () => {
    expect(SLOTS_MACHINE.strips.map((s) => s.length)).toEqual([30, 30, 30, 30, 30]);
    expect(SLOTS_MACHINE.strips.map((s) => s.filter((x) => x === 'SCATTER').length)).toEqual([1, 1, 1, 1, 1]);
    expect(SLOTS_MACHINE.strips.map((s) => s.filter((x) => x === 'WILD').length)).toEqual([1, 2, 2, 2, 1]);
    expect(SLOTS_MACHINE.paylines).toHaveLength(10);
    for (const rows of SLOTS_MACHINE.paylines)
      expect(rows.every((r) => r >= 0 && r <= 2) && rows.length === 5).toBe(true);
  });

  it('states the RTP it computes exactly: 11,673,859 / 12,150,000 ≈ 96.08%', () => {
    expect(slotsRtp(SLOTS_MACHINE)).toEqual(SLOTS_RTP);
    expect(SLOTS_RTP).toEqual({ num: 11_673_859n, den: 12_150_000n });
    expect(slots.variants.standard!.rtp).toBe(11_673_859 / 12_150_000);
  });

  it('computes the RTP the same way as enumerating every stop combination (small machine)', () => {
    const toy: SlotMachine = {
      ...SLOTS_MACHINE,
      strips: [line('WS7C'), line('C7BW'), line('SWCC'), line('WC7'), line('BCWS')],
      scatterPays: [0, 0, 1, 4, 9, 30],
    };
    let total = 0n;
    let combinations = 0n;
    const lines = BigInt(toy.paylines.length);
    for (let a = 0; a < 4; a++)
      for (let b = 0; b < 4; b++)
        for (let c = 0; c < 4; c++)
          for (let d = 0; d < 3; d++)
            for (let e = 0; e < 4; e++) {
              const { multiplier } = evaluateSpin(toy, [a, b, c, d, e]);
              // Every multiplier has a denominator dividing the line count.
              total += (multiplier.num * lines) / multiplier.den;
              combinations += 1n;
            }
    const rtp = slotsRtp(toy);
    expect(rtp.num * combinations * lines).toBe(total * rtp.den);
    expect(total).toBeGreaterThan(0n);
  });
});

describe('slots lines', () => {
  it.each([
    ['WWWWW', { symbol: 'WILD', count: 5, pays: 2000 }],
    ['WWWCC', { symbol: 'WILD', count: 3, pays: 100 }],
    ['WWW77', { symbol: 'SEVEN', count: 5, pays: 750 }],
    ['WW77B', { symbol: 'SEVEN', count: 4, pays: 150 }],
    ['CWCLC', { symbol: 'CHERRY', count: 3, pays: 5 }],
    ['BBBBB', { symbol: 'BAR', count: 5, pays: 300 }],
    ['LWWWE', { symbol: 'BELL', count: 4, pays: 40 }],
    ['CCLCC', undefined],
    ['BBSBB', undefined],
    ['WSSSS', undefined],
    ['SSSSS', undefined],
    ['EECCC', undefined],
  ])('%s pays %j', (letters, win) => {
    expect(evaluateLine(SLOTS_MACHINE, line(letters))).toEqual(win);
  });
});

describe('slots play', () => {
  it('reads stops and the 3-row window from the strips (nonce 0, no win)', () => {
    const result = slots.play(rng(0), {}, 100n, 'standard');
    expect(result.outcome).toEqual({
      stops: [27, 14, 8, 8, 0],
      grid: [
        ['LEMON', 'CHERRY', 'PLUM'],
        ['LEMON', 'CHERRY', 'WILD'],
        ['CHERRY', 'BELL', 'LEMON'],
        ['CHERRY', 'PLUM', 'WILD'],
        ['CHERRY', 'LEMON', 'PLUM'],
      ],
      lineWins: [],
      scatters: 0,
      scatterPays: 0,
    });
    expect(result.payout).toBe(0n);
    expect(result.multiplier).toEqual({ num: 0n, den: 1n });
  });

  it('pays three scatters anywhere 3× the stake (nonce 173)', () => {
    const result = slots.play(rng(173), {}, 100n, 'standard');
    expect(result.outcome.stops).toEqual([11, 9, 6, 19, 5]);
    expect(result.outcome.lineWins).toEqual([]);
    expect(result.outcome.scatters).toBe(3);
    expect(result.payout).toBe(300n);
  });

  it('pays line wins in line bets, a wild run included (nonce 303: 20 + 100 + 8 = 128 line bets = 12.8×)', () => {
    const result = slots.play(rng(303), {}, 7n, 'standard');
    expect(result.outcome.stops).toEqual([29, 14, 18, 28, 22]);
    expect(result.outcome.lineWins).toEqual([
      { line: 3, symbol: 'BAR', count: 3, pays: 20 },
      { line: 9, symbol: 'WILD', count: 3, pays: 100 },
      { line: 10, symbol: 'PLUM', count: 3, pays: 8 },
    ]);
    expect(result.multiplier).toEqual({ num: 64n, den: 5n });
    // floor(7 × 64 / 5) = floor(89.6)
    expect(result.payout).toBe(89n);
  });

  it('accepts no params but {} (or none), and states its max multiplier', () => {
    expect(slots.parseParams({}, 'standard')).toEqual({});
    expect(slots.parseParams(undefined, 'standard')).toEqual({});
    expect(() => slots.parseParams({ lines: 5 }, 'standard')).toThrow(GameParamError);
    expect(() => slots.parseParams('spin', 'standard')).toThrow(GameParamError);
    expect(slots.maxMultiplier({}, 'standard')).toEqual({ num: 290n, den: 1n });
    expect(evaluateSpin(SLOTS_MACHINE, [11, 10, 0, 20, 26]).multiplier).toEqual({ num: 290n, den: 1n });
  });
});
