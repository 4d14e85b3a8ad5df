import { describe, expect, it } from 'vitest';
import { playerAlias } from './player-alias.js';

describe('playerAlias', () => {
  it('is stable per player, differs between players and does not contain the id', () => {
    const a = '0b6f8a52-4b43-4c5e-9d2e-2f0d1c7e9a11';
    const b = '7d1e2c33-1111-4c5e-9d2e-2f0d1c7e9a11';
    expect(playerAlias(a)).toBe(playerAlias(a));
    expect(playerAlias(a)).not.toBe(playerAlias(b));
    expect(playerAlias(a)).toMatch(/^Player-[0-9A-F]{6}$/);
    expect(playerAlias(a).toLowerCase()).not.toContain(a.slice(0, 6));
  });
});
