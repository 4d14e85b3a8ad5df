import { describe, expect, it } from 'vitest';
import { findAsset } from '../assets/asset-catalogue.js';
import { parseAmount } from './parse-amount.js';

const USD = findAsset('USD')!;
const ETH = findAsset('ETH')!;
const CREDITS = findAsset('CREDITS')!;

describe('parseAmount', () => {
  it.each([
    ['1050', USD, 1050n],
    ['1000000000000', USD, 10n ** 12n],
    ['1000000000000000', ETH, 10n ** 15n],
    ['3', CREDITS, 3n],
  ])('reads %j %s as %s', (input, asset, expected) => {
    expect(parseAmount(input, asset)).toBe(expected);
  });

  it.each([
    ['1050.5', USD, 'INVALID_AMOUNT'],
    ['1050.00', USD, 'INVALID_AMOUNT'],
    [10.5, USD, 'INVALID_AMOUNT'],
    [42, USD, 'INVALID_AMOUNT'],
    [' 7', USD, 'INVALID_AMOUNT'],
    ['7 ', USD, 'INVALID_AMOUNT'],
    ['007', USD, 'INVALID_AMOUNT'],
    ['+7', USD, 'INVALID_AMOUNT'],
    ['0.000000001', ETH, 'INVALID_AMOUNT'],
    ['-5', USD, 'INVALID_AMOUNT'],
    ['0', USD, 'INVALID_AMOUNT'],
    ['abc', USD, 'INVALID_AMOUNT'],
    ['1e3', USD, 'INVALID_AMOUNT'],
    ['', USD, 'INVALID_AMOUNT'],
    [null, USD, 'INVALID_AMOUNT'],
    [Number.MAX_SAFE_INTEGER + 2, USD, 'INVALID_AMOUNT'],
    ['1000000000001', USD, 'AMOUNT_OUT_OF_RANGE'],
    ['1000000000000001', ETH, 'AMOUNT_OUT_OF_RANGE'],
    ['9223372036854775807', ETH, 'AMOUNT_OUT_OF_RANGE'],
    ['9223372036854775808', USD, 'AMOUNT_OUT_OF_RANGE'],
    ['1'.repeat(60), USD, 'INVALID_AMOUNT'],
  ])('refuses %j %s with %s, never rounding', (input, asset, code) => {
    expect(() => parseAmount(input, asset)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts zero only where allowed (a losing win)', () => {
    expect(parseAmount('0', USD, { allowZero: true })).toBe(0n);
  });
});
