import { describe, expect, it } from 'vitest';
import { apiKeyPrefix, formatApiKey, parseApiKey } from './api-key-format.js';

const secret = 'Ab_-'.repeat(10) + 'xyz';

describe('API key format', () => {
  it('round-trips, even when the secret contains underscores', () => {
    const key = formatApiKey('neon-palace', '0a1b2c3d4e5f', secret);
    expect(key.startsWith(`${apiKeyPrefix('neon-palace', '0a1b2c3d4e5f')}_`)).toBe(true);
    expect(parseApiKey(key)).toEqual({ tenantSlug: 'neon-palace', keyId: '0a1b2c3d4e5f', secret });
  });

  it.each([
    ['a foreign prefix', `sk_aurora_0a1b2c3d4e5f_${secret}`],
    ['a bad slug', `cxk_Aurora_0a1b2c3d4e5f_${secret}`],
    ['a short key id', `cxk_aurora_0a1b_${secret}`],
    ['a short secret', 'cxk_aurora_0a1b2c3d4e5f_abc'],
    ['a missing secret', 'cxk_aurora_0a1b2c3d4e5f'],
    ['nothing', ''],
  ])('rejects %s', (_case, value) => {
    expect(parseApiKey(value)).toBeNull();
  });
});
