import type { Principal } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import { canViewTreasury, canViewWallets } from './can-view-wallets.js';

const T = 'tenant-a';
const principal = (overrides: Partial<Principal>): Principal => ({
  kind: 'player',
  userId: 'u',
  tenantId: T,
  playerId: null,
  operatorId: null,
  role: null,
  platformAdmin: false,
  scopes: [],
  audience: 'casinox:player',
  expiresAt: 0,
  token: '',
  ...overrides,
});

describe('canViewWallets', () => {
  it.each([
    ['the player themselves', principal({ playerId: 'p1' }), 'p1', T],
    ['another player', principal({ playerId: 'p2' }), 'p1', null],
    [
      'an operator of the tenant',
      principal({ kind: 'operator', operatorId: 'o', role: 'SUPPORT', audience: 'casinox:admin' }),
      'p1',
      T,
    ],
    ['a partner', principal({ kind: 'partner', audience: 'casinox:partner', scopes: ['players:read'] }), 'p1', null],
    [
      'a platform admin outside a tenant',
      principal({ kind: 'operator', tenantId: null, platformAdmin: true }),
      'p1',
      null,
    ],
    ['nobody', null, 'p1', null],
  ])('%s → %s', (_label, who, playerId, expected) => {
    expect(canViewWallets(who, playerId)).toBe(expected);
  });
});

describe('canViewTreasury', () => {
  it.each([
    ['a FINANCE operator of the tenant', principal({ kind: 'operator', operatorId: 'o', role: 'FINANCE' }), T, true],
    ['an OWNER of the tenant', principal({ kind: 'operator', operatorId: 'o', role: 'OWNER' }), T, true],
    ['an ADMIN of the tenant', principal({ kind: 'operator', operatorId: 'o', role: 'ADMIN' }), T, true],
    ['a SUPPORT operator', principal({ kind: 'operator', operatorId: 'o', role: 'SUPPORT' }), T, false],
    ['a COMPLIANCE operator', principal({ kind: 'operator', operatorId: 'o', role: 'COMPLIANCE' }), T, false],
    [
      'an operator of another tenant',
      principal({ kind: 'operator', operatorId: 'o', role: 'OWNER' }),
      'tenant-b',
      false,
    ],
    ['a player', principal({ playerId: 'p1' }), T, false],
    ['nobody', null, T, false],
  ])('%s → %s', (_label, who, tenantId, expected) => {
    expect(canViewTreasury(who, tenantId)).toBe(expected);
  });
});
