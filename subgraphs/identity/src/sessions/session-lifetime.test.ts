import { describe, expect, it } from 'vitest';
import { sessionExpiry } from './session-lifetime.js';

const now = new Date('2026-03-01T12:00:00Z');

describe('sessionExpiry', () => {
  it.each([
    ['casinox:player', '2026-03-31T12:00:00.000Z'],
    ['casinox:admin', '2026-03-02T00:00:00.000Z'],
  ])('%s sessions end at %s', (audience, expected) => {
    expect(sessionExpiry(audience, now).toISOString()).toBe(expected);
  });

  it('has no sessions for partners (they exchange API keys instead)', () => {
    expect(() => sessionExpiry('casinox:partner', now)).toThrow();
  });
});
