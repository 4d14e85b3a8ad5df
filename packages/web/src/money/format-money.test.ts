import { describe, expect, it } from 'vitest';
import { formatMoney, isZeroMoney, parseMinorUnits } from './format-money';

describe('formatMoney', () => {
  it.each([
    ['2500', 2, 'EUR', '25.00 EUR'],
    ['0', 2, 'EUR', '0.00 EUR'],
    ['5', 2, 'USD', '0.05 USD'],
    ['-500', 2, 'EUR', '-5.00 EUR'],
    ['-1', 2, 'EUR', '-0.01 EUR'],
    ['123456789', 2, 'GBP', '1,234,567.89 GBP'],
    ['100', 0, 'CREDITS', '100 CREDITS'],
    ['1234567', 0, 'CREDITS', '1,234,567 CREDITS'],
    ['1', 9, 'ETH', '0.000000001 ETH'],
    ['1500000000', 9, 'ETH', '1.500000000 ETH'],
    ['-123456789012', 9, 'ETH', '-123.456789012 ETH'],
    ['100000000', 8, 'BTC', '1.00000000 BTC'],
    ['1', 6, 'USDC', '0.000001 USDC'],
    // Above 2^53: a number would already have lost the last digits.
    ['9007199254740993', 2, 'EUR', '90,071,992,547,409.93 EUR'],
    // The largest signed 64-bit amount, and beyond it: still exact.
    ['9223372036854775807', 9, 'ETH', '9,223,372,036.854775807 ETH'],
    ['-9223372036854775808', 2, 'USD', '-92,233,720,368,547,758.08 USD'],
  ])('%s at scale %i in %s → %s', (minor, scale, code, expected) => {
    expect(formatMoney(minor, scale, code)).toBe(expected);
  });

  it.each([
    ['2500', '+25.00 EUR'],
    ['-2500', '-25.00 EUR'],
    ['0', '0.00 EUR'],
  ])('with sign "always", %s → %s', (minor, expected) => {
    expect(formatMoney(minor, 2, 'EUR', { sign: 'always' })).toBe(expected);
  });

  it.each([
    ['12.50'],
    ['1e3'],
    [''],
    ['abc'],
    ['--5'],
    ['0x10'],
    ['1 000'],
    [' 100'],
    ['-0'],
    ['+2500'],
    ['0002500'],
    ['123456789012345678901234567890'],
  ])('rejects %j, which is not an amount in minor units', (minor) => {
    expect(() => formatMoney(minor, 2, 'EUR')).toThrow(RangeError);
  });

  it.each([[-1], [1.5], [19], [Number.NaN]])('rejects scale %s', (scale) => {
    expect(() => formatMoney('1', scale, 'EUR')).toThrow(RangeError);
  });
});

describe('parseMinorUnits / isZeroMoney', () => {
  it('parses exactly, beyond the safe integer range', () => {
    expect(parseMinorUnits('9223372036854775807')).toBe(9223372036854775807n);
  });

  it.each([
    ['0', true],
    ['1', false],
    ['-1', false],
  ])('%s is zero: %s', (minor, expected) => {
    expect(isZeroMoney(minor)).toBe(expected);
  });
});
