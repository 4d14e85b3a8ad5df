import { describe, expect, it } from 'vitest';
import { limboCountUp, limboCountUpMs, limboOdds } from './limbo-odds';

describe('limboOdds', () => {
  it.each([
    ['2', 0.99, 200, '49.5'],
    ['2.00', 0.99, 200, '49.5'],
    ['1.01', 0.99, 101, '98.0198'],
    ['1000000', 0.99, 100_000_000, '0.000099'],
    ['3×', 0.98, 300, '32.6666'],
  ])('%s at RTP %s', (target, rtp, hundredths, chance) => {
    expect(limboOdds(target, rtp)).toMatchObject({ ok: true, targetHundredths: hundredths, chance });
  });

  it.each(['1', '1.00', '1000000.01', '2.001', 'abc', ''])('refuses %j', (target) => {
    expect(limboOdds(target, 0.99).ok).toBe(false);
  });
});

describe('limboCountUp', () => {
  it('starts at 1.00×, climbs monotonically and ends exactly on the result', () => {
    const values = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((p) => limboCountUp(p, 523.17));
    expect(values[0]).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
    expect(values.every((v) => v <= 523.17)).toBe(true);
    expect(limboCountUp(1, 523.17)).toBe(523.17);
  });

  it('a result under 1× is shown at once', () => {
    expect(limboCountUp(0.2, 0.99)).toBe(0.99);
  });

  it('takes longer for bigger results, within bounds', () => {
    expect(limboCountUpMs(1.5)).toBeLessThan(limboCountUpMs(100));
    expect(limboCountUpMs(1e9)).toBe(2_000);
    expect(limboCountUpMs(0.99)).toBe(400);
  });
});
