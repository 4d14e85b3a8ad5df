import { describe, expect, it } from 'vitest';
import { assignableRoles, can, canManageColleague, type Role } from './permissions';

describe('console permissions (UI hints; the API decides)', () => {
  it.each([
    ['OWNER', true],
    ['ADMIN', true],
    ['FINANCE', false],
    ['COMPLIANCE', false],
    ['SUPPORT', false],
    [null, false],
  ] as const)('%s manages staff, settings and keys: %s', (role, expected) => {
    expect(can(role, 'staff.manage')).toBe(expected);
    expect(can(role, 'tenant.update')).toBe(expected);
    expect(can(role, 'apiKeys.manage')).toBe(expected);
  });

  it.each([
    ['OWNER', true],
    ['ADMIN', true],
    ['FINANCE', true],
    ['COMPLIANCE', false],
    ['SUPPORT', false],
    [null, false],
  ] as const)('%s sees the treasury: %s', (role, expected) => {
    expect(can(role, 'treasury.view')).toBe(expected);
  });

  it.each([
    ['OWNER', true],
    ['ADMIN', false],
    ['FINANCE', true],
    ['COMPLIANCE', false],
    ['SUPPORT', false],
    [null, false],
  ] as const)('%s approves withdrawals: %s', (role, expected) => {
    expect(can(role, 'withdrawals.approve')).toBe(expected);
  });

  it('lets only an OWNER hand out OWNER', () => {
    expect(assignableRoles('OWNER')).toContain('OWNER');
    expect(assignableRoles('ADMIN')).not.toContain('OWNER');
    expect(assignableRoles('SUPPORT')).toEqual([]);
  });

  it.each([
    ['OWNER', 'OWNER', true],
    ['ADMIN', 'OWNER', false],
    ['ADMIN', 'SUPPORT', true],
    ['FINANCE', 'SUPPORT', false],
  ] as [Role, Role, boolean][])('%s may manage a %s: %s', (actor, target, expected) => {
    expect(canManageColleague(actor, target)).toBe(expected);
  });
});
