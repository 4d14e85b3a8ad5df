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
  ] as const)('%s runs bonus campaigns and jackpots (others read them): %s', (role, expected) => {
    expect(can(role, 'bonuses.manage')).toBe(expected);
    expect(can(role, 'jackpots.manage')).toBe(expected);
    expect(can(role, 'bonuses.view')).toBe(role !== null);
    expect(can(role, 'jackpots.view')).toBe(role !== null);
  });

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
  ] as const)(
    '%s sees the treasury, adjustments and reconciliation, and may request an adjustment: %s',
    (role, expected) => {
      expect(can(role, 'treasury.view')).toBe(expected);
      expect(can(role, 'adjustments.view')).toBe(expected);
      expect(can(role, 'adjustments.request')).toBe(expected);
      expect(can(role, 'reconciliation.view')).toBe(expected);
    },
  );

  it.each([
    ['OWNER', true],
    ['ADMIN', true],
    ['FINANCE', true],
    ['COMPLIANCE', true],
    ['SUPPORT', true],
    [null, false],
  ] as const)('%s looks players up: %s', (role, expected) => {
    expect(can(role, 'players.view')).toBe(expected);
  });

  it.each([
    ['OWNER', true],
    ['ADMIN', false],
    ['FINANCE', true],
    ['COMPLIANCE', false],
    ['SUPPORT', false],
    [null, false],
  ] as const)('%s approves withdrawals and adjustments and changes the withdrawal rules: %s', (role, expected) => {
    expect(can(role, 'withdrawals.approve')).toBe(expected);
    expect(can(role, 'adjustments.approve')).toBe(expected);
    expect(can(role, 'walletSettings.update')).toBe(expected);
  });

  it.each([
    ['OWNER', true, true, true],
    ['ADMIN', true, true, true],
    ['FINANCE', true, false, true],
    ['COMPLIANCE', true, false, false],
    ['SUPPORT', true, false, false],
    [null, false, false, false],
  ] as const)(
    '%s follows bets and reads game settings: %s, changes them: %s, reads the RTP report: %s',
    (role, reads, configures, rtp) => {
      expect(can(role, 'bets.view')).toBe(reads);
      expect(can(role, 'games.view')).toBe(reads);
      expect(can(role, 'games.configure')).toBe(configures);
      expect(can(role, 'rtp.view')).toBe(rtp);
    },
  );

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
