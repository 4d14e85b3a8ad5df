import { EnvError } from '@casinox/env';
import { testServiceEnv } from '@casinox/testkit';
import { describe, expect, it } from 'vitest';
import { loadGamesEnv } from './env.js';

const BASE = {
  DATABASE_URL: 'postgres://games@localhost/casinox',
  JWKS_URL: 'http://127.0.0.1:4101/.well-known/jwks.json',
  ...testServiceEnv('games'),
  WALLET_INTERNAL_URL: 'http://127.0.0.1:4202',
};
const GOOD = 'unit-test-player-alias-secret-0123456789';

describe('loadGamesEnv', () => {
  it('requires a player-alias secret: at least 32 characters and never a published default', () => {
    expect(() => loadGamesEnv(BASE)).toThrow(EnvError);
    expect(() => loadGamesEnv({ ...BASE, PLAYER_ALIAS_SECRET: GOOD.slice(0, 31) })).toThrow(/PLAYER_ALIAS_SECRET/);
    expect(() =>
      loadGamesEnv({ ...BASE, PLAYER_ALIAS_SECRET: 'casinox-dev-player-alias-secret-change-me-0123' }),
    ).toThrow(/PLAYER_ALIAS_SECRET/);
    expect(loadGamesEnv({ ...BASE, PLAYER_ALIAS_SECRET: GOOD }).PLAYER_ALIAS_SECRET).toBe(GOOD);
  });
});
