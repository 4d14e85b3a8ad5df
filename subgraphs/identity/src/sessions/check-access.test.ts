import { describe, expect, it } from 'vitest';
import { type AccessDenial, checkOperatorAccess, checkPlayerAccess } from './check-access.js';

const active = { status: 'ACTIVE' };
const disabled = { status: 'DISABLED' };
const invited = { status: 'INVITED' };
const suspended = { status: 'SUSPENDED' };

describe('checkPlayerAccess', () => {
  it.each<[string, { status: string } | null, { status: string } | null, AccessDenial | null]>([
    ['an active player of an active tenant', active, active, null],
    ['a disabled player', disabled, active, 'ACCOUNT_DISABLED'],
    ['a player gone missing', null, active, 'ACCOUNT_DISABLED'],
    ['a suspended tenant', active, suspended, 'TENANT_SUSPENDED'],
  ])('%s', (_case, player, tenant, expected) => {
    expect(checkPlayerAccess(player, tenant)).toBe(expected);
  });
});

describe('checkOperatorAccess', () => {
  it.each<[string, { status: string } | null, { status: string } | null, boolean, AccessDenial | null]>([
    ['an active operator', active, active, false, null],
    ['a disabled operator', disabled, active, false, 'ACCOUNT_DISABLED'],
    ['an invite not yet accepted', invited, active, false, 'ACCOUNT_DISABLED'],
    ['an operator of a suspended tenant', active, suspended, false, 'TENANT_SUSPENDED'],
    ['a platform admin in a suspended tenant', active, suspended, true, null],
    ['a platform admin outside any tenant', null, null, true, null],
    ['nobody outside any tenant', null, null, false, 'ACCOUNT_DISABLED'],
    ['a disabled platform admin membership', disabled, active, true, 'ACCOUNT_DISABLED'],
  ])('%s', (_case, membership, tenant, platformAdmin, expected) => {
    expect(checkOperatorAccess(membership, tenant, platformAdmin)).toBe(expected);
  });
});
