import { describe, expect, it } from 'vitest';
import { checkStakeMinor, describeLimits, limitFor, readStake, scaleStake, stakeInputText } from './stake-limits';

const EUR = { asset: 'EUR', minStake: '10', maxStake: '100000' };

describe('stake limits', () => {
  it('finds the limit of an asset', () => {
    expect(limitFor([EUR], 'EUR')).toBe(EUR);
    expect(limitFor([EUR], 'USD')).toBeNull();
  });

  it('describes limits in the asset', () => {
    expect(describeLimits(EUR, 2, 'EUR')).toBe('0.10 EUR – 1,000.00 EUR');
  });

  it.each([
    ['1', { ok: true, minor: '100' }],
    ['0.10', { ok: true, minor: '10' }],
    ['1000', { ok: true, minor: '100000' }],
    ['0.09', { ok: false, problem: 'The minimum stake is 0.10 EUR.' }],
    ['1000.01', { ok: false, problem: 'The maximum stake is 1,000.00 EUR.' }],
    ['1.234', { ok: false, problem: 'Use at most 2 decimals for this currency.' }],
    ['', { ok: false, problem: 'Enter an amount.' }],
  ])('reads %j as a stake', (input, expected) => {
    expect(readStake(input, 2, 'EUR', EUR)).toEqual(expected);
  });

  it('refuses an asset the game has no limits for', () => {
    expect(checkStakeMinor('100', 2, 'XYZ', null)).toEqual({
      ok: false,
      problem: 'This game cannot be played in XYZ here.',
    });
  });

  it.each([
    ['150', 2, '1.50'],
    ['123456', 2, '1234.56'],
    ['7', 0, '7'],
    ['1', 8, '0.00000001'],
  ])('shows %s at scale %i as %s', (minor, scale, text) => {
    expect(stakeInputText(minor, scale)).toBe(text);
  });

  it.each([
    [100n, 'half', 50n],
    [100n, 'double', 200n],
    [15n, 'half', 10n],
    [80_000n, 'double', 100_000n],
  ] as const)('scales %s by %s within the limits → %s', (minor, factor, expected) => {
    expect(scaleStake(minor, factor, EUR)).toBe(expected);
  });
});
