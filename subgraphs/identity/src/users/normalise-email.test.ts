import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './normalise-email.js';

describe('normaliseEmail', () => {
  it.each([
    ['Player@Aurora.TEST', 'player@aurora.test'],
    ['  owner@neon.test ', 'owner@neon.test'],
    ['already@lower.case', 'already@lower.case'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});
