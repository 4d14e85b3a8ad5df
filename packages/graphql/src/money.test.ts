import { describe, expect, it } from 'vitest';
import { formatMinorUnits, MoneyScalar, parseMinorUnits, toMinorUnits } from './money.js';

describe('Money scalar', () => {
  it.each([
    ['1050', 1050n],
    ['-7', -7n],
    [42, 42n],
    ['9223372036854775807', 9223372036854775807n],
  ])('parses %s', (input, expected) => {
    expect(parseMinorUnits(input)).toBe(expected);
  });

  it.each([['1.5'], [1.5], ['1e3'], [''], ['01'], [null], ['9223372036854775808'], [Number.MAX_SAFE_INTEGER + 2]])('rejects %s', (input) => {
    expect(() => parseMinorUnits(input)).toThrow(/Money/);
  });

  it('serialises bigint as a decimal string', () => {
    expect(MoneyScalar.serialize(123456789012345678n)).toBe('123456789012345678');
  });
});

describe('toMinorUnits / formatMinorUnits', () => {
  it.each([
    ['10.50', 2, 1050n],
    ['10', 2, 1000n],
    ['0.000000001', 9, 1n],
    ['3', 0, 3n],
  ])('%s at scale %i is %s', (decimal, scale, minor) => {
    expect(toMinorUnits(decimal, scale)).toBe(minor);
    expect(toMinorUnits(formatMinorUnits(minor, scale), scale)).toBe(minor);
  });

  it('rejects more precision than the asset has, never rounds', () => {
    expect(() => toMinorUnits('10.505', 2)).toThrow(/more than 2 decimal places/);
  });

  it.each([['-1'], ['abc'], ['1,5']])('rejects %s', (decimal) => {
    expect(() => toMinorUnits(decimal, 2)).toThrow();
  });

  it('formats negatives and small amounts', () => {
    expect(formatMinorUnits(-5n, 2)).toBe('-0.05');
    expect(formatMinorUnits(5n, 0)).toBe('5');
  });
});
