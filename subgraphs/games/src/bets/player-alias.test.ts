import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PlayerAliases } from './player-alias.js';

const SECRET = 'unit-test-player-alias-secret-0123456789';
const A = '0b6f8a52-4b43-4c5e-9d2e-2f0d1c7e9a11';
const B = '7d1e2c33-1111-4c5e-9d2e-2f0d1c7e9a11';

describe('PlayerAliases', () => {
  it('is stable per player and secret, differs between players and does not contain the id', () => {
    const aliases = new PlayerAliases(SECRET);
    expect(aliases.of(A)).toBe(new PlayerAliases(SECRET).of(A));
    expect(aliases.of(A)).not.toBe(aliases.of(B));
    expect(aliases.of(A)).toMatch(/^Player-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(aliases.of(A).toLowerCase()).not.toContain(A.slice(0, 4));
  });

  it('cannot be computed from the player id alone: the old unkeyed hash no longer matches', () => {
    const unkeyed = `Player-${createHash('sha256').update(`casinox-alias:${A}`).digest('hex').slice(0, 6).toUpperCase()}`;
    const alias = new PlayerAliases(SECRET).of(A);
    expect(alias).not.toBe(unkeyed);
    expect(alias.replaceAll('-', '')).not.toContain(unkeyed.slice('Player-'.length));
  });

  it('depends on the secret', () => {
    expect(new PlayerAliases(SECRET).of(A)).not.toBe(new PlayerAliases(`${SECRET}-other`).of(A));
  });

  it('spreads over 60 bits: no collisions among 20,000 players', () => {
    const aliases = new PlayerAliases(SECRET);
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(aliases.of(`player-${i}`));
    expect(seen.size).toBe(20_000);
  });
});
