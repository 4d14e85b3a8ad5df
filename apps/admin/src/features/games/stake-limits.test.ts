import { describe, expect, it } from 'vitest';
import { changedLimits, draftFromLimit, minorToMajorInput, parseStakeLimit, type StakeLimitRow } from './stake-limits';

describe('minorToMajorInput', () => {
  it.each([
    ['10', 2, '0.10'],
    ['100000', 2, '1000.00'],
    ['1', 8, '0.00000001'],
    ['500000000', 9, '0.500000000'],
    ['100000', 0, '100000'],
    ['9223372036854775807', 2, '92233720368547758.07'],
  ])('%s at scale %i → %s', (minor, scale, expected) => {
    expect(minorToMajorInput(minor, scale)).toBe(expected);
  });

  it('rejects what is not minor units', () => {
    expect(() => minorToMajorInput('1.5', 2)).toThrow(RangeError);
    expect(() => minorToMajorInput('1', -1)).toThrow(RangeError);
  });
});

const EUR: StakeLimitRow = { asset: 'EUR', minStake: '10', maxStake: '100000', custom: false };
const BTC: StakeLimitRow = { asset: 'BTC', minStake: '100', maxStake: '1000000', custom: true };

describe('draftFromLimit / parseStakeLimit', () => {
  it('round-trips the API limits through the form', () => {
    for (const limit of [EUR, BTC]) {
      const draft = draftFromLimit(limit);
      expect(parseStakeLimit(draft)).toEqual({
        ok: true,
        limit: { asset: limit.asset, minStake: limit.minStake, maxStake: limit.maxStake },
      });
    }
    expect(draftFromLimit(EUR)).toEqual({ asset: 'EUR', min: '0.10', max: '1000.00' });
    expect(draftFromLimit(BTC)).toEqual({ asset: 'BTC', min: '0.00000100', max: '0.01000000' });
  });

  it.each([
    [
      { asset: 'EUR', min: '0.50', max: '2,500' },
      { ok: true, limit: { asset: 'EUR', minStake: '50', maxStake: '250000' } },
    ],
    [
      { asset: 'CREDITS', min: '1', max: '10' },
      { ok: true, limit: { asset: 'CREDITS', minStake: '1', maxStake: '10' } },
    ],
    [
      { asset: 'EUR', min: '5', max: '5' },
      { ok: true, limit: { asset: 'EUR', minStake: '500', maxStake: '500' } },
    ],
    [
      { asset: 'EUR', min: '0', max: '10' },
      { ok: false, problem: { asset: 'EUR', field: 'min', problem: 'Enter an amount greater than zero.' } },
    ],
    [
      { asset: 'EUR', min: '0.001', max: '10' },
      { ok: false, problem: { asset: 'EUR', field: 'min', problem: 'Use at most 2 decimals for this currency.' } },
    ],
    [
      { asset: 'EUR', min: '1', max: '' },
      { ok: false, problem: { asset: 'EUR', field: 'max', problem: 'Enter an amount.' } },
    ],
    [
      { asset: 'EUR', min: '10', max: '9.99' },
      { ok: false, problem: { asset: 'EUR', field: 'max', problem: 'The maximum is below the minimum.' } },
    ],
    [
      { asset: 'CREDITS', min: '1.5', max: '10' },
      {
        ok: false,
        problem: { asset: 'CREDITS', field: 'min', problem: 'This currency has no decimals: enter a whole amount.' },
      },
    ],
  ])('%j → %j', (draft, expected) => {
    expect(parseStakeLimit(draft)).toEqual(expected);
  });

  it('compares as integers, not text: 10.00 is above 9.99', () => {
    expect(parseStakeLimit({ asset: 'EUR', min: '9.99', max: '10.00' }).ok).toBe(true);
  });
});

describe('changedLimits', () => {
  it('sends only the assets whose amounts changed', () => {
    const drafts = [draftFromLimit(EUR), { ...draftFromLimit(BTC), max: '0.02' }];
    expect(changedLimits([EUR, BTC], drafts)).toEqual({
      ok: true,
      limits: [{ asset: 'BTC', minStake: '100', maxStake: '2000000' }],
    });
    expect(changedLimits([EUR, BTC], [draftFromLimit(EUR), draftFromLimit(BTC)])).toEqual({ ok: true, limits: [] });
  });

  it('treats a reformatted but equal amount as unchanged', () => {
    expect(changedLimits([EUR], [{ asset: 'EUR', min: '0.1', max: '1,000' }])).toEqual({ ok: true, limits: [] });
  });

  it('reports every invalid field at once', () => {
    const result = changedLimits(
      [EUR, BTC],
      [
        { asset: 'EUR', min: 'x', max: '1' },
        { asset: 'BTC', min: '1', max: '0.5' },
      ],
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { asset: 'EUR', field: 'min', problem: 'Enter an amount as digits, such as 12.50.' },
        { asset: 'BTC', field: 'max', problem: 'The maximum is below the minimum.' },
      ],
    });
  });

  it('leaves an asset the console cannot read alone unless the operator edits it', () => {
    const odd: StakeLimitRow = { asset: 'XYZ', minStake: '5', maxStake: '50', custom: true };
    expect(changedLimits([odd], [draftFromLimit(odd)])).toEqual({ ok: true, limits: [] });
    expect(changedLimits([odd], [{ asset: 'XYZ', min: '6', max: '50' }])).toMatchObject({ ok: false });
  });
});
