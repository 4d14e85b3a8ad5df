import { describe, expect, it } from 'vitest';
import { FairRng } from '@casinox/fairness';
import { dice } from './dice.js';
import { GameParamError } from './game-model.js';

// Rolls for these seeds come from an independent computation (OpenSSL HMAC + Python rejection sampling).
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';
const rng = (nonce: number) => new FairRng(SERVER_SEED, CLIENT_SEED, nonce);

describe('dice params', () => {
  it.each([
    [
      { target: 50.5, direction: 'OVER' },
      { target: 50.5, direction: 'OVER' },
    ],
    [
      { target: '50.50', direction: 'UNDER' },
      { target: 50.5, direction: 'UNDER' },
    ],
    [
      { target: 50.51, direction: 'OVER' },
      { target: 50.51, direction: 'OVER' },
    ],
    [
      { target: 1.99, direction: 'OVER' },
      { target: 1.99, direction: 'OVER' },
    ],
    [
      { target: 99.98, direction: 'OVER' },
      { target: 99.98, direction: 'OVER' },
    ],
    [
      { target: 0.01, direction: 'UNDER' },
      { target: 0.01, direction: 'UNDER' },
    ],
    [
      { target: 98, direction: 'UNDER' },
      { target: 98, direction: 'UNDER' },
    ],
  ])('accepts %j as %j', (raw, parsed) => {
    expect(dice.parseParams(raw, 'edge-1')).toEqual(parsed);
    // Normalised params parse to themselves (they are what the bet stores).
    expect(dice.parseParams(parsed, 'edge-1')).toEqual(parsed);
  });

  it.each([
    ['no object', 50],
    ['no direction', { target: 50 }],
    ['an unknown direction', { target: 50, direction: 'SIDEWAYS' }],
    ['three decimals', { target: 50.505, direction: 'OVER' }],
    ['three decimals as a string', { target: '50.505', direction: 'OVER' }],
    ['a negative target', { target: -1, direction: 'UNDER' }],
    ['a target above 99.99', { target: 100, direction: 'UNDER' }],
    ['not a number', { target: 'fifty', direction: 'OVER' }],
    ['NaN', { target: Number.NaN, direction: 'OVER' }],
    ['chance above 98% (OVER 1.98)', { target: 1.98, direction: 'OVER' }],
    ['chance above 98% (UNDER 98.01)', { target: 98.01, direction: 'UNDER' }],
    ['no winning roll (OVER 99.99)', { target: 99.99, direction: 'OVER' }],
    ['no winning roll (UNDER 0)', { target: 0, direction: 'UNDER' }],
    ['an unknown key', { target: 50, direction: 'OVER', taget: 1 }],
  ])('refuses %s', (_label, raw) => {
    expect(() => dice.parseParams(raw, 'edge-1')).toThrow(GameParamError);
  });
});

describe('dice play', () => {
  it.each([
    [0, 'OVER', 47.87, false, 0n, 1n],
    [0, 'UNDER', 47.87, true, 198n, 101n],
    [1, 'UNDER', 46.44, true, 198n, 101n],
    [2, 'OVER', 59.7, true, 9900n, 4949n],
    [3, 'OVER', 56.98, true, 9900n, 4949n],
    [4, 'OVER', 4.68, false, 0n, 1n],
  ])('nonce %i, %s 50.50: rolls %d, win %s, multiplier %i/%i', (nonce, direction, roll, win, num, den) => {
    const params = dice.parseParams({ target: 50.5, direction }, 'edge-1');
    const result = dice.play(rng(nonce), params, 1000n, 'edge-1');
    expect(result.outcome).toEqual({ roll, win });
    expect(result.multiplier).toEqual({ num, den });
  });

  it('pays floor(stake × multiplier)', () => {
    const params = dice.parseParams({ target: 50.5, direction: 'OVER' }, 'edge-1');
    // 1000 × 9900 / 4949 = 2000.404…
    expect(dice.play(rng(2), params, 1000n, 'edge-1').payout).toBe(2000n);
    // 12345 × 198 / 101 = 24201.3…
    expect(
      dice.play(rng(0), dice.parseParams({ target: 50.5, direction: 'UNDER' }, 'edge-1'), 12345n, 'edge-1').payout,
    ).toBe(24201n);
  });

  it('pays the variant edge: UNDER 25.00 at 98% is 9800/2500 = 3.92×', () => {
    const params = dice.parseParams({ target: 25, direction: 'UNDER' }, 'edge-2');
    const result = dice.play(rng(4), params, 100n, 'edge-2');
    expect(result.outcome).toEqual({ roll: 4.68, win: true });
    expect(result.multiplier).toEqual({ num: 98n, den: 25n });
    expect(result.payout).toBe(392n);
  });

  it.each([
    [{ target: 99.98, direction: 'OVER' }, 'edge-1', 9900n, 1n],
    [{ target: 0.01, direction: 'UNDER' }, 'edge-2', 9800n, 1n],
    [{ target: 50, direction: 'UNDER' }, 'edge-1', 99n, 50n],
  ])('states the max multiplier of %j (%s) as %i/%i', (raw, variant, num, den) => {
    expect(dice.maxMultiplier(dice.parseParams(raw, variant), variant)).toEqual({ num, den });
  });

  it('gives every target exactly the RTP: chance × multiplier = 99/100', () => {
    for (let t = 1; t <= 9800; t++) {
      const m = dice.maxMultiplier(dice.parseParams({ target: t / 100, direction: 'UNDER' }, 'edge-1'), 'edge-1');
      // chance = t / 10000
      expect(BigInt(t) * m.num * 100n).toBe(99n * 10_000n * m.den);
    }
  });
});
