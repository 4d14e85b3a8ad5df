import { describe, expect, it } from 'vitest';
import { canonicalJson, requestHash } from './request-hash.js';

describe('idempotency payload comparison', () => {
  const base = { playerId: 'p', asset: 'USD', stake: 100n, jackpot: { pool: 'j', amount: 1n } };

  it.each([
    ['field order', { jackpot: { amount: 1n, pool: 'j' }, stake: 100n, asset: 'USD', playerId: 'p' }, true],
    ['undefined fields', { ...base, extra: undefined }, true],
    ['another stake', { ...base, stake: 101n }, false],
    ['another asset', { ...base, asset: 'EUR' }, false],
    ['a nested difference', { ...base, jackpot: { pool: 'k', amount: 1n } }, false],
    ['a number instead of a bigint string', { ...base, stake: 100 }, false],
  ])('%s → same hash: %s', (_label, other, same) => {
    expect(requestHash('bet', other) === requestHash('bet', base)).toBe(same);
  });

  it('binds the hash to the operation too', () => {
    expect(requestHash('bet', base)).not.toBe(requestHash('bet-win', base));
  });

  it('writes bigints as strings and sorts keys', () => {
    expect(canonicalJson({ b: 2n, a: [1, null] })).toBe('{"a":[1,null],"b":"2"}');
  });
});
