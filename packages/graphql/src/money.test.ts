import { describe, expect, it } from 'vitest';
import { Kind } from 'graphql';
import { readAmount } from './amount.js';
import { AMOUNT_CEILING, BALANCE_CEILING, PLATFORM_ASSETS, TENANT_CREDITS } from './assets.js';
import { formatMinorUnits, MoneyScalar, parseMinorUnits, toMinorUnits } from './money.js';

describe('Money scalar', () => {
  it.each([
    ['1050', 1050n],
    ['-7', -7n],
    ['0', 0n],
    ['9223372036854775807', 9223372036854775807n],
    ['-9223372036854775808', -9223372036854775808n],
  ])('parses %s', (input, expected) => {
    expect(parseMinorUnits(input)).toBe(expected);
  });

  // Every spelling but the canonical one, and every number (JSON has already rounded 99.9999999999999999 to 100).
  it.each([
    ['1.5'],
    [1.5],
    ['1e3'],
    [1e3],
    [42],
    [Number('99.9999999999999999')],
    [''],
    ['01'],
    ['-0'],
    ['+5'],
    [' 100'],
    ['100 '],
    ['1 000'],
    ['\u0661'],
    ['0x10'],
    [null],
    [true],
    [{}],
    [['1']],
    ['9223372036854775808'],
    ['-9223372036854775809'],
    ['1'.repeat(60)],
    [Number.MAX_SAFE_INTEGER + 2],
  ])('rejects %j with BAD_USER_INPUT', (input) => {
    expect(() => parseMinorUnits(input)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });

  it('refuses Int and Float literals, accepts a string literal', () => {
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.INT, value: '100' })).toThrow(/not a number literal/);
    expect(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: '1e3' })).toThrow(/not a number literal/);
    expect(MoneyScalar.parseLiteral({ kind: Kind.STRING, value: '100' })).toBe(100n);
  });

  it('readAmount refuses a negative unless the field is signed', () => {
    expect(readAmount('-5')).toEqual({ ok: false, problem: 'NEGATIVE' });
    expect(readAmount('-5', { signed: true })).toEqual({ ok: true, value: -5n });
    expect(readAmount(5)).toEqual({ ok: false, problem: 'NOT_TEXT' });
  });

  it('every asset maximum stays under the ceiling the wallet database enforces, and a balance at its ceiling plus one maximal entry fits int64', () => {
    for (const asset of [...PLATFORM_ASSETS, TENANT_CREDITS])
      expect(asset.maxAmount > 0n && asset.maxAmount <= AMOUNT_CEILING).toBe(true);
    expect(BALANCE_CEILING + AMOUNT_CEILING < 2n ** 63n - 1n).toBe(true);
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
