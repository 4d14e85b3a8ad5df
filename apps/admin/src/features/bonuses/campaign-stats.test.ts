import { describe, expect, it } from 'vitest';
import { conversionRateText, grantCountsText } from './campaign-stats';

describe('conversionRateText', () => {
  it.each([
    [0.5, '50 %'],
    [1 / 3, '33.3 %'],
    [0, '0 %'],
    [1, '100 %'],
    [1.2, '100 %'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('%s → %s', (rate, expected) => expect(conversionRateText(rate)).toBe(expected));
});

describe('grantCountsText', () => {
  it('counts every outcome and names the deposit bonuses still waiting only when there are some', () => {
    expect(grantCountsText({ grants: 3, pending: 0, active: 1, completed: 1, expired: 0, cancelled: 1 })).toBe(
      '3 grants · 1 active · 1 completed · 0 expired · 1 cancelled',
    );
    expect(grantCountsText({ grants: 1, pending: 2, active: 1, completed: 0, expired: 0, cancelled: 0 })).toBe(
      '1 grant · 2 waiting for a deposit · 1 active · 0 completed · 0 expired · 0 cancelled',
    );
  });
});
