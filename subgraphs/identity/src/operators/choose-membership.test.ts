import { describe, expect, it } from 'vitest';
import { chooseMembership, type MembershipOption } from './choose-membership.js';

const m = (tenantId: string, status: string, tenantStatus = 'ACTIVE', day = 1): MembershipOption => ({
  operatorId: `op-${tenantId}`,
  tenantId,
  role: 'ADMIN',
  status,
  tenantStatus,
  createdAt: new Date(Date.UTC(2026, 0, day)),
});

type Expected = string;
const describeChoice = (choice: ReturnType<typeof chooseMembership>): Expected =>
  choice.kind === 'tenant'
    ? `tenant ${choice.membership.tenantId}`
    : choice.kind === 'platform'
      ? 'platform'
      : choice.reason;

describe('chooseMembership', () => {
  it.each<[string, MembershipOption[], string | null, boolean, Expected]>([
    [
      'the oldest active membership by default',
      [m('b', 'ACTIVE', 'ACTIVE', 2), m('a', 'ACTIVE', 'ACTIVE', 1)],
      null,
      false,
      'tenant a',
    ],
    [
      'skips disabled memberships',
      [m('a', 'DISABLED', 'ACTIVE', 1), m('b', 'ACTIVE', 'ACTIVE', 2)],
      null,
      false,
      'tenant b',
    ],
    [
      'skips suspended tenants',
      [m('a', 'ACTIVE', 'SUSPENDED', 1), m('b', 'ACTIVE', 'ACTIVE', 2)],
      null,
      false,
      'tenant b',
    ],
    ['the requested tenant', [m('a', 'ACTIVE'), m('b', 'ACTIVE', 'ACTIVE', 2)], 'b', false, 'tenant b'],
    ['a tenant where the user is not staff', [m('a', 'ACTIVE')], 'z', false, 'FORBIDDEN'],
    ['a requested tenant with a pending invite', [m('a', 'ACTIVE'), m('b', 'INVITED')], 'b', false, 'FORBIDDEN'],
    ['a requested disabled membership', [m('a', 'DISABLED')], 'a', false, 'ACCOUNT_DISABLED'],
    ['a requested suspended tenant', [m('a', 'ACTIVE', 'SUSPENDED')], 'a', false, 'TENANT_SUSPENDED'],
    ['a platform admin may enter a suspended tenant', [m('a', 'ACTIVE', 'SUSPENDED')], 'a', true, 'tenant a'],
    ['a platform admin without memberships', [], null, true, 'platform'],
    ['a platform admin whose only membership is disabled', [m('a', 'DISABLED')], null, true, 'platform'],
    ['only disabled memberships', [m('a', 'DISABLED')], null, false, 'ACCOUNT_DISABLED'],
    ['only a suspended tenant', [m('a', 'ACTIVE', 'SUSPENDED')], null, false, 'TENANT_SUSPENDED'],
    ['only pending invites', [m('a', 'INVITED')], null, false, 'NOT_STAFF'],
    ['nobody', [], null, false, 'NOT_STAFF'],
  ])('%s', (_case, memberships, requested, platformAdmin, expected) => {
    expect(describeChoice(chooseMembership(memberships, requested, platformAdmin))).toBe(expected);
  });
});
