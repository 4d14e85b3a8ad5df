import { describe, expect, it } from 'vitest';
import {
  hashServerSeed,
  InvalidClientSeedError,
  isServerSeed,
  newClientSeed,
  newServerSeed,
  validateClientSeed,
} from './seeds.js';

describe('server seeds', () => {
  it('are 64 lowercase hex characters and differ each time', () => {
    const a = newServerSeed();
    const b = newServerSeed();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(isServerSeed(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('are committed to by SHA-256 over the hex string (as `printf %s SEED | sha256sum` prints)', () => {
    expect(hashServerSeed('811aac8067d34629ca7795bc6e3be647cb0bcd48a23d3dc77c2bd4aa6e02ca51')).toBe(
      '92caa6bd150d48346838fe84a83df523ffbea989ca8b29aa019bddf05e875958',
    );
  });
});

describe('client seeds', () => {
  it('get a random valid default', () => {
    const seed = newClientSeed();
    expect(seed).toHaveLength(16);
    expect(validateClientSeed(seed)).toBe(seed);
    expect(newClientSeed()).not.toBe(seed);
  });

  it.each(['a', 'lucky-7', 'Zz~!@#$%^&*()_+=[]{}|;<>,.?/', 'x'.repeat(64)])('accepts %j', (seed) => {
    expect(validateClientSeed(seed)).toBe(seed);
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(65)],
    ['a colon', 'seed:1'],
    ['a space', 'my seed'],
    ['a control character', 'seed\n'],
    ['non-ASCII', 'sééd'],
    ['not a string', 42],
  ])('refuses a seed that is %s', (_label, seed) => {
    expect(() => validateClientSeed(seed)).toThrow(InvalidClientSeedError);
    try {
      validateClientSeed(seed);
    } catch (error) {
      expect((error as InvalidClientSeedError).code).toBe('INVALID_CLIENT_SEED');
    }
  });
});
