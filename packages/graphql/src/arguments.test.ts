import { describe, expect, it } from 'vitest';
import { isUuid, requireUuid } from './arguments.js';

describe('ids', () => {
  it.each([
    ['0b6f8a52-4b43-4c5e-9d2e-2f0d1c7e9a11', true],
    ['0B6F8A52-4B43-4C5E-9D2E-2F0D1C7E9A11', true],
    ['not-a-uuid', false],
    ["'; drop table games.bet; --", false],
    ['', false],
  ])('isUuid(%j) = %s', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });

  it('requireUuid passes null and valid ids, refuses the rest with BAD_USER_INPUT', () => {
    expect(requireUuid(null, 'playerId')).toBeNull();
    expect(requireUuid('0b6f8a52-4b43-4c5e-9d2e-2f0d1c7e9a11', 'playerId')).toBe(
      '0b6f8a52-4b43-4c5e-9d2e-2f0d1c7e9a11',
    );
    expect(() => requireUuid('x', 'playerId')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'playerId' }) }),
    );
  });
});
