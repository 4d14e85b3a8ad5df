import { describe, expect, it } from 'vitest';
import { findAsset } from '../assets/asset-catalogue.js';
import { parseAmount } from './parse-amount.js';

const USD = findAsset('USD')!;
const ETH = findAsset('ETH')!;
const CREDITS = findAsset('CREDITS')!;

describe('parseAmount', () => {
  it.each([
    ['1050', USD, 1050n],
    [' 7 ', USD, 7n],
    [42, USD, 42n],
    ['1050.00', USD, 1050n],
    ['9223372036854775807', ETH, 9223372036854775807n],
    ['3', CREDITS, 3n],
  ])('reads %j %s as %s', (input, asset, expected) => {
    expect(parseAmount(input, asset)).toBe(expected);
  });

  it.each([
    ['1050.5', USD, 'AMOUNT_PRECISION'],
    [10.5, USD, 'AMOUNT_PRECISION'],
    ['0.000000001', ETH, 'AMOUNT_PRECISION'],
    ['-5', USD, 'INVALID_AMOUNT'],
    ['0', USD, 'INVALID_AMOUNT'],
    ['abc', USD, 'INVALID_AMOUNT'],
    ['1e3', USD, 'INVALID_AMOUNT'],
    ['', USD, 'INVALID_AMOUNT'],
    [null, USD, 'INVALID_AMOUNT'],
    [Number.MAX_SAFE_INTEGER + 2, USD, 'INVALID_AMOUNT'],
    ['9223372036854775808', USD, 'AMOUNT_OUT_OF_RANGE'],
  ])('refuses %j %s with %s, never rounding', (input, asset, code) => {
    expect(() => parseAmount(input, asset)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts zero only where allowed (a losing win)', () => {
    expect(parseAmount('0', USD, { allowZero: true })).toBe(0n);
  });
});
