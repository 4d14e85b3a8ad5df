import { describe, expect, it } from 'vitest';
import { buildAccessClaims, type TokenSubject } from './build-access-claims.js';

describe('buildAccessClaims', () => {
  it.each<[string, TokenSubject, ReturnType<typeof buildAccessClaims>]>([
    [
      'a player',
      { kind: 'player', userId: 'u1', tenantId: 't1', playerId: 'p1' },
      { subject: 'u1', audience: 'casinox:player', claims: { kind: 'player', tid: 't1', pid: 'p1' } },
    ],
    [
      'an operator in a tenant',
      { kind: 'operator', userId: 'u2', tenantId: 't1', operatorId: 'o1', role: 'FINANCE', platformAdmin: false },
      { subject: 'u2', audience: 'casinox:admin', claims: { kind: 'operator', tid: 't1', oid: 'o1', role: 'FINANCE' } },
    ],
    [
      'a platform admin outside any tenant',
      { kind: 'operator', userId: 'u3', tenantId: null, operatorId: null, role: null, platformAdmin: true },
      { subject: 'u3', audience: 'casinox:admin', claims: { kind: 'operator', pa: true } },
    ],
    [
      'a platform admin who is also an OWNER',
      { kind: 'operator', userId: 'u3', tenantId: 't2', operatorId: 'o2', role: 'OWNER', platformAdmin: true },
      {
        subject: 'u3',
        audience: 'casinox:admin',
        claims: { kind: 'operator', tid: 't2', oid: 'o2', role: 'OWNER', pa: true },
      },
    ],
    [
      'an operator with a staff token version',
      {
        kind: 'operator',
        userId: 'u2',
        tenantId: 't1',
        operatorId: 'o1',
        role: 'ADMIN',
        platformAdmin: false,
        tokenVersion: 3,
      },
      {
        subject: 'u2',
        audience: 'casinox:admin',
        claims: { kind: 'operator', tid: 't1', oid: 'o1', role: 'ADMIN', ver: 3 },
      },
    ],
    [
      'a half membership (never a tid without its role)',
      { kind: 'operator', userId: 'u4', tenantId: 't1', operatorId: null, role: null, platformAdmin: false },
      { subject: 'u4', audience: 'casinox:admin', claims: { kind: 'operator' } },
    ],
    [
      'a partner key',
      { kind: 'partner', apiKeyId: 'k1', tenantId: 't1', scopes: ['wallet:read', 'bets:read', 'wallet:read'] },
      {
        subject: 'k1',
        audience: 'casinox:partner',
        claims: { kind: 'partner', tid: 't1', scp: ['bets:read', 'wallet:read'] },
      },
    ],
  ])('%s', (_case, subject, expected) => {
    expect(buildAccessClaims(subject)).toEqual(expected);
  });
});
