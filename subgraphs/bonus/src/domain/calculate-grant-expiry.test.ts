import { describe, expect, it } from 'vitest';
import { calculateGrantExpiry, isGrantExpired } from './calculate-grant-expiry.js';

describe('calculateGrantExpiry', () => {
  it.each<[string, number, string]>([
    ['2026-03-01T10:15:00.000Z', 1, '2026-03-02T10:15:00.000Z'],
    ['2026-03-01T10:15:00.000Z', 30, '2026-03-31T10:15:00.000Z'],
    ['2026-12-20T00:00:00.000Z', 14, '2027-01-03T00:00:00.000Z'],
    ['2028-02-28T12:00:00.000Z', 1, '2028-02-29T12:00:00.000Z'],
  ])('activated %s for %s days expires %s', (activatedAt, days, expected) => {
    expect(calculateGrantExpiry(new Date(activatedAt), days).toISOString()).toBe(expected);
  });

  it.each([0, -1, 1.5])('refuses %s days', (days) => {
    expect(() => calculateGrantExpiry(new Date(), days)).toThrow(RangeError);
  });
});

describe('isGrantExpired', () => {
  const expiresAt = new Date('2026-03-31T10:15:00.000Z');
  it.each<[string, string, boolean]>([
    ['a minute before', '2026-03-31T10:14:00.000Z', false],
    ['a millisecond before', '2026-03-31T10:14:59.999Z', false],
    ['at the instant (inclusive)', '2026-03-31T10:15:00.000Z', true],
    ['after', '2026-04-01T00:00:00.000Z', true],
  ])('%s: %s', (_case, now, expired) => {
    expect(isGrantExpired(expiresAt, new Date(now))).toBe(expired);
  });
});
