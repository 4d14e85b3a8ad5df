import { describe, expect, it } from 'vitest';
import { calculateConversionRate } from './calculate-conversion-rate.js';

describe('calculateConversionRate', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [0, 4, 0],
    [1, 4, 0.25],
    [3, 3, 1],
  ])('%i of %i ended → %s', (completed, ended, rate) => {
    expect(calculateConversionRate({ completed, ended })).toBe(rate);
  });

  it.each([
    [5, 4],
    [-1, 0],
    [1.5, 3],
  ])('refuses %s of %s', (completed, ended) => {
    expect(() => calculateConversionRate({ completed, ended })).toThrow(RangeError);
  });
});
