import type { Principal } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import { canSeePlayerEmail } from './can-see-player-email.js';

const base: Principal = {
  kind: 'player',
  userId: 'u',
  tenantId: 't1',
  playerId: 'p1',
  operatorId: null,
  role: null,
  platformAdmin: false,
  scopes: [],
  audience: 'casinox:player',
  expiresAt: 0,
  token: '',
};
const player = { id: 'p1', tenantId: 't1' };

describe('canSeePlayerEmail', () => {
  it.each<[string, Principal | null, boolean]>([
    ['nobody signed in', null, false],
    ['the player', base, true],
    ['another player of the tenant', { ...base, playerId: 'p2' }, false],
    ['staff of the tenant', { ...base, kind: 'operator', playerId: null, operatorId: 'o1', role: 'SUPPORT' }, true],
    [
      'staff of another tenant',
      { ...base, kind: 'operator', tenantId: 't2', playerId: null, operatorId: 'o1', role: 'OWNER' },
      false,
    ],
    ['a partner with players:read', { ...base, kind: 'partner', playerId: null, scopes: ['players:read'] }, true],
    ['a partner without it', { ...base, kind: 'partner', playerId: null, scopes: ['wallet:read'] }, false],
    [
      'a platform admin anywhere',
      { ...base, kind: 'operator', tenantId: null, playerId: null, platformAdmin: true },
      true,
    ],
  ])('%s: %s', (_case, principal, expected) => {
    expect(canSeePlayerEmail(principal, player)).toBe(expected);
  });
});
