import { describe, expect, it } from 'vitest';
import { FairRng } from '@casinox/fairness';
import { GameParamError } from './game-model.js';
import { limbo, limboResultHundredths, limboRtp } from './limbo.js';

// Results for these seeds come from an independent computation (OpenSSL HMAC + Python integer maths).
const SERVER_SEED = '811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51';
const CLIENT_SEED = 'player-seed';
const rng = (nonce: number) => new FairRng(SERVER_SEED, CLIENT_SEED, nonce);

describe('limbo params', () => {
  it.each([
    [{ target: 2 }, { target: 2 }],
    [{ target: '1.01' }, { target: 1.01 }],
    [{ target: 1_000_000 }, { target: 1_000_000 }],
    [{ target: '1000000.00' }, { target: 1_000_000 }],
    [{ target: 33.33 }, { target: 33.33 }],
  ])('accepts %j as %j', (raw, parsed) => {
    expect(limbo.parseParams(raw, 'edge-1')).toEqual(parsed);
    expect(limbo.parseParams(parsed, 'edge-1')).toEqual(parsed);
  });

  it.each([
    ['a target of 1', { target: 1 }],
    ['a target of 1.00', { target: '1.00' }],
    ['a target above 1,000,000', { target: 1_000_000.01 }],
    ['three decimals', { target: 2.005 }],
    ['a negative target', { target: -2 }],
    ['no target', {}],
    ['a boolean', { target: true }],
    ['an unknown key', { target: 2, direction: 'OVER' }],
    ['null', null],
  ])('refuses %s', (_label, raw) => {
    expect(() => limbo.parseParams(raw, 'edge-1')).toThrow(GameParamError);
  });
});

describe('limbo play', () => {
  it.each([
    [0, 2.23, true],
    [1, 5.54, true],
    [2, 1.22, false],
    [3, 3.76, true],
    [4, 5.58, true],
    [5, 4.36, true],
  ])('nonce %i draws %d× (target 2.00 wins: %s)', (nonce, result, win) => {
    const outcome = limbo.play(rng(nonce), limbo.parseParams({ target: 2 }, 'edge-1'), 500n, 'edge-1');
    expect(outcome.outcome).toEqual({ result, win });
    expect(outcome.payout).toBe(win ? 1000n : 0n);
    expect(outcome.multiplier).toEqual(win ? { num: 2n, den: 1n } : { num: 0n, den: 1n });
  });

  it('wins when the result equals the target exactly, and pays the target', () => {
    const outcome = limbo.play(rng(0), limbo.parseParams({ target: 2.23 }, 'edge-1'), 1000n, 'edge-1');
    expect(outcome.outcome).toEqual({ result: 2.23, win: true });
    expect(outcome.payout).toBe(2230n);
    expect(limbo.play(rng(0), limbo.parseParams({ target: 2.24 }, 'edge-1'), 1000n, 'edge-1').outcome.win).toBe(false);
  });

  it('scales the result by the variant RTP (edge-2: 98 instead of 99)', () => {
    expect(limbo.play(rng(0), limbo.parseParams({ target: 2 }, 'edge-2'), 1n, 'edge-2').outcome.result).toBe(2.21);
  });

  it.each([
    [0, 99],
    [2 ** 32 - 1, 99 * 2 ** 32],
    [2 ** 31, 198],
  ])('maps u = %i to %i hundredths', (u, hundredths) => {
    expect(limboResultHundredths(u, 'edge-1')).toBe(hundredths);
  });

  it.each([
    [198, 99n, 100n],
    [200, 2_126_008_811n, 2_147_483_648n],
    [100_000_000, 16_609_375n, 16_777_216n],
  ])('states the exact RTP for target %i hundredths as %i/%i', (t, num, den) => {
    expect(limboRtp(t, 'edge-1')).toEqual({ num, den });
  });

  it('never states more than the variant RTP, and falls short by less than t / (100 · 2³²)', () => {
    for (const t of [101, 150, 200, 333, 1000, 12345, 1_000_000, 99_999_999, 100_000_000]) {
      const rtp = limboRtp(t, 'edge-1');
      const shortfall = 0.99 - Number(rtp.num) / Number(rtp.den);
      expect(shortfall).toBeGreaterThanOrEqual(0);
      expect(shortfall).toBeLessThan(t / (100 * 2 ** 32));
    }
  });

  it('caps the exposure at the target', () => {
    expect(limbo.maxMultiplier(limbo.parseParams({ target: 1_000_000 }, 'edge-1'), 'edge-1')).toEqual({
      num: 1_000_000n,
      den: 1n,
    });
    expect(limbo.maxMultiplier(limbo.parseParams({ target: 1.01 }, 'edge-1'), 'edge-1')).toEqual({
      num: 101n,
      den: 100n,
    });
  });
});
