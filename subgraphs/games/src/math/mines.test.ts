import { describe, expect, it } from 'vitest';
import { FairRng } from '@casinox/fairness';
import { GameParamError } from './game-model.js';
import { mines, minesMultiplier, type MinesState } from './mines.js';
import { binomial } from './multiplier.js';

// Mine positions for these seeds come from an independent computation (OpenSSL HMAC + Python Fisher–Yates).
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';
const start = (nonce: number, count: number, variant = 'edge-1') =>
  mines.start(new FairRng(SERVER_SEED, CLIENT_SEED, nonce), mines.parseParams({ mines: count }, variant), variant);
const reveal = (state: MinesState, tile: number, stake = 1000n) =>
  mines.act(state, mines.parseAction({ reveal: tile }, state), stake, 'edge-1');

describe('mines params and actions', () => {
  it.each([1, 3, 24])('accepts %i mines', (count) => {
    expect(mines.parseParams({ mines: count }, 'edge-1')).toEqual({ mines: count });
  });

  it.each([
    ['0 mines', { mines: 0 }],
    ['25 mines', { mines: 25 }],
    ['a fraction', { mines: 3.5 }],
    ['a string', { mines: '3' }],
    ['nothing', {}],
    ['an unknown key', { mines: 3, size: 5 }],
  ])('refuses %s', (_label, raw) => {
    expect(() => mines.parseParams(raw, 'edge-1')).toThrow(GameParamError);
  });

  it.each([
    ['a tile below 0', { reveal: -1 }],
    ['a tile above 24', { reveal: 25 }],
    ['a fractional tile', { reveal: 1.5 }],
    ['a revealed tile', { reveal: 0 }],
    ['no tile', {}],
    ['an unknown key', { reveal: 1, flag: true }],
  ])('refuses to reveal %s', (_label, raw) => {
    const state = reveal(start(0, 3), 0).state;
    expect(() => mines.parseAction(raw, state)).toThrow(GameParamError);
  });
});

describe('mines rounds', () => {
  it.each([
    [0, 3, [7, 12, 15]],
    [1, 3, [14, 18, 19]],
    [3, 3, [13, 22, 23]],
    [0, 12, [3, 7, 8, 9, 11, 12, 15, 16, 17, 18, 19, 23]],
    [2, 24, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]],
  ])('nonce %i with %i mines hides them at %j', (nonce, count, positions) => {
    expect(start(nonce, count)).toEqual({ mineCount: count, mines: positions, revealed: [], status: 'ACTIVE' });
  });

  it('never shows the mines in the view while the round is open', () => {
    const state = start(0, 3);
    expect(mines.view(state, false, 'edge-1')).toEqual({
      mineCount: 3,
      status: 'ACTIVE',
      revealed: [],
      mines: null,
      multiplier: null,
      nextMultiplier: '1.12500000',
    });
    const after = reveal(state, 0);
    expect(after.finished).toBe(false);
    expect(mines.view(after.state, false, 'edge-1')).toEqual({
      mineCount: 3,
      status: 'ACTIVE',
      revealed: [0],
      mines: null,
      multiplier: '1.12500000',
      nextMultiplier: '1.28571428',
    });
  });

  it('pays RTP × C(25,k)/C(25−m,k) on cash-out (3 mines, 2 safe tiles: 0.99 × 300/231 = 9/7)', () => {
    const first = reveal(start(0, 3), 0);
    expect(first.multiplier).toEqual({ num: 9n, den: 8n });
    expect(first.payout).toBe(0n);
    const second = reveal(first.state, 24);
    expect(second.multiplier).toEqual({ num: 9n, den: 7n });
    const cashed = mines.cashOut(second.state, 1000n, 'edge-1');
    expect(cashed.multiplier).toEqual({ num: 9n, den: 7n });
    expect(cashed.payout).toBe(1285n);
    expect(cashed.state.status).toBe('CASHED_OUT');
    expect(mines.view(cashed.state, true, 'edge-1').mines).toEqual([7, 12, 15]);
  });

  it('ends the round with nothing on a mine and then shows the mines', () => {
    const safe = reveal(start(0, 3), 0);
    const boom = reveal(safe.state, 12);
    expect(boom).toEqual({
      state: { mineCount: 3, mines: [7, 12, 15], revealed: [0, 12], status: 'LOST' },
      finished: true,
      payout: 0n,
      multiplier: { num: 0n, den: 1n },
    });
    expect(mines.view(boom.state, true, 'edge-1')).toMatchObject({
      status: 'LOST',
      mines: [7, 12, 15],
      multiplier: '0.00000000',
      nextMultiplier: null,
    });
    expect(() => mines.parseAction({ reveal: 1 }, boom.state)).toThrow(GameParamError);
    expect(() => mines.cashOut(boom.state, 1000n, 'edge-1')).toThrow(GameParamError);
  });

  it('finishes and pays by itself when the last safe tile is revealed (24 mines: 0.99 × 25 = 24.75×)', () => {
    const done = reveal(start(2, 24), 24, 100n);
    expect(done.finished).toBe(true);
    expect(done.state.status).toBe('CLEARED');
    expect(done.multiplier).toEqual({ num: 99n, den: 4n });
    expect(done.payout).toBe(2475n);
  });

  it('refuses to cash out before the first reveal', () => {
    expect(() => mines.cashOut(start(0, 3), 1000n, 'edge-1')).toThrow(GameParamError);
  });

  it('keeps a plain-JSON state that plays on after a round trip through jsonb', () => {
    const state = JSON.parse(JSON.stringify(reveal(start(1, 3), 0).state)) as MinesState;
    expect(reveal(state, 1).state.revealed).toEqual([0, 1]);
  });

  it('gives every (mines, reveals) exactly the RTP: P(k safe) × multiplier = 99/100', () => {
    for (let m = 1; m <= 24; m++) {
      for (let k = 1; k <= 25 - m; k++) {
        const mult = minesMultiplier(m, k, 'edge-1');
        expect(binomial(25 - m, k) * mult.num * 100n).toBe(99n * binomial(25, k) * mult.den);
      }
    }
    expect(minesMultiplier(3, 1, 'edge-2')).toEqual({ num: 49n, den: 44n });
  });

  it.each([
    [24, 99n, 4n],
    [12, 5_148_297n, 1n],
    [1, 99n, 4n],
  ])('states the max multiplier with %i mines as %i/%i', (count, num, den) => {
    expect(mines.maxMultiplier({ mines: count }, 'edge-1')).toEqual({ num, den });
  });
});
