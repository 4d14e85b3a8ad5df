import { describe, expect, it } from 'vitest';
import { assetScale } from './asset-scales';
import { formatMoney } from './format-money';
import { parseMoneyInput } from './parse-money-input';

describe('parseMoneyInput', () => {
  it.each([
    ['12.50', 2, '1250'],
    ['12.5', 2, '1250'],
    ['12', 2, '1200'],
    ['12.', 2, '1200'],
    ['.5', 2, '50'],
    ['0.01', 2, '1'],
    [' 50.00 ', 2, '5000'],
    ['1,000', 2, '100000'],
    ['1,234,567.89', 2, '123456789'],
    ['100', 0, '100'],
    ['0.000000001', 9, '1'],
    ['1.5', 9, '1500000000'],
    ['00012.30', 2, '1230'],
    // Beyond 2^53: exact, a number would have lost the cents.
    ['90071992547409.93', 2, '9007199254740993'],
    ['92233720368547758.07', 2, '9223372036854775807'],
  ])('%s at scale %i → %s minor units', (input, scale, minor) => {
    expect(parseMoneyInput(input, scale)).toEqual({ ok: true, minor });
  });

  it.each([
    ['12.345', 2, 'Use at most 2 decimals for this currency.'],
    ['0.001', 2, 'Use at most 2 decimals for this currency.'],
    ['1.5', 0, 'This currency has no decimals: enter a whole amount.'],
    ['1.00', 1, 'Use at most 1 decimal for this currency.'],
    ['0.0000000001', 9, 'Use at most 9 decimals for this currency.'],
  ])('refuses %s at scale %i instead of rounding', (input, scale, problem) => {
    expect(parseMoneyInput(input, scale)).toEqual({ ok: false, problem });
  });

  it.each(['', '   ', 'abc', '12,5', '1,00', '1e3', '0x10', '12.50.1', '€12', '+5', '1 000', 'NaN', 'Infinity'])(
    'refuses %j as not an amount',
    (input) => {
      expect(parseMoneyInput(input, 2).ok).toBe(false);
    },
  );

  it.each(['0', '0.00', '-5', '-0.01'])('refuses %j: not greater than zero', (input) => {
    expect(parseMoneyInput(input, 2)).toEqual({ ok: false, problem: 'Enter an amount greater than zero.' });
  });

  it('refuses more than the Money scalar holds', () => {
    expect(parseMoneyInput('92233720368547758.08', 2)).toEqual({ ok: false, problem: 'That amount is too large.' });
  });

  it('refuses more than the asset allows per input when told its maximum', () => {
    expect(parseMoneyInput('10000000000.00', 2, 10n ** 12n)).toEqual({ ok: true, minor: '1000000000000' });
    expect(parseMoneyInput('10000000000.01', 2, 10n ** 12n)).toEqual({
      ok: false,
      problem: 'That amount is too large.',
    });
  });

  it('round-trips with formatMoney', () => {
    const parsed = parseMoneyInput('1234.56', 2);
    expect(parsed.ok && formatMoney(parsed.minor, 2, 'EUR')).toBe('1,234.56 EUR');
  });

  it('rejects an invalid scale', () => {
    expect(() => parseMoneyInput('1', -1)).toThrow(RangeError);
  });
});

describe('assetScale', () => {
  it('prefers a held wallet, then the catalogue', () => {
    expect(assetScale('EUR')).toBe(2);
    expect(assetScale('ETH')).toBe(9);
    expect(assetScale('CREDITS')).toBe(0);
    expect(assetScale('XYZ')).toBeNull();
    expect(assetScale('XYZ', [{ asset: { code: 'XYZ', scale: 3 } }])).toBe(3);
  });
});
