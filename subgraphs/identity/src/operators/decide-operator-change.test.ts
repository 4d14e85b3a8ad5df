import type { OperatorRole } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import { decideOperatorChange, type OperatorChange } from './decide-operator-change.js';
import type { OperatorStatus } from './operator.entity.js';

type Row = [
  string,
  OperatorRole,
  { role: OperatorRole; status: OperatorStatus; self?: boolean },
  OperatorChange,
  number,
  string,
];

describe('decideOperatorChange', () => {
  it.each<Row>([
    [
      'OWNER promotes SUPPORT to ADMIN',
      'OWNER',
      { role: 'SUPPORT', status: 'ACTIVE' },
      { kind: 'role', role: 'ADMIN' },
      1,
      'allowed',
    ],
    [
      'OWNER makes a second OWNER',
      'OWNER',
      { role: 'ADMIN', status: 'ACTIVE' },
      { kind: 'role', role: 'OWNER' },
      1,
      'allowed',
    ],
    [
      'OWNER demotes another OWNER',
      'OWNER',
      { role: 'OWNER', status: 'ACTIVE' },
      { kind: 'role', role: 'ADMIN' },
      2,
      'allowed',
    ],
    [
      'OWNER demotes the last OWNER (themselves)',
      'OWNER',
      { role: 'OWNER', status: 'ACTIVE', self: true },
      { kind: 'role', role: 'ADMIN' },
      1,
      'LAST_OWNER',
    ],
    [
      'OWNER disables the last OWNER',
      'OWNER',
      { role: 'OWNER', status: 'ACTIVE' },
      { kind: 'disable' },
      1,
      'LAST_OWNER',
    ],
    [
      'OWNER disables one of two OWNERs',
      'OWNER',
      { role: 'OWNER', status: 'ACTIVE' },
      { kind: 'disable' },
      2,
      'allowed',
    ],
    [
      'OWNER keeps the last OWNER an OWNER',
      'OWNER',
      { role: 'OWNER', status: 'ACTIVE', self: true },
      { kind: 'role', role: 'OWNER' },
      1,
      'allowed',
    ],
    ['OWNER cancels an OWNER invite', 'OWNER', { role: 'OWNER', status: 'INVITED' }, { kind: 'disable' }, 1, 'allowed'],
    [
      'ADMIN demotes an OWNER',
      'ADMIN',
      { role: 'OWNER', status: 'ACTIVE' },
      { kind: 'role', role: 'SUPPORT' },
      2,
      'FORBIDDEN',
    ],
    ['ADMIN disables an OWNER', 'ADMIN', { role: 'OWNER', status: 'ACTIVE' }, { kind: 'disable' }, 2, 'FORBIDDEN'],
    [
      'ADMIN promotes someone to OWNER',
      'ADMIN',
      { role: 'FINANCE', status: 'ACTIVE' },
      { kind: 'role', role: 'OWNER' },
      1,
      'FORBIDDEN',
    ],
    [
      'ADMIN changes FINANCE to COMPLIANCE',
      'ADMIN',
      { role: 'FINANCE', status: 'ACTIVE' },
      { kind: 'role', role: 'COMPLIANCE' },
      1,
      'allowed',
    ],
    ['ADMIN disables another ADMIN', 'ADMIN', { role: 'ADMIN', status: 'ACTIVE' }, { kind: 'disable' }, 1, 'allowed'],
    [
      'ADMIN disables themselves',
      'ADMIN',
      { role: 'ADMIN', status: 'ACTIVE', self: true },
      { kind: 'disable' },
      1,
      'FORBIDDEN',
    ],
    [
      'ADMIN enables a disabled SUPPORT',
      'ADMIN',
      { role: 'SUPPORT', status: 'DISABLED' },
      { kind: 'enable' },
      1,
      'allowed',
    ],
    [
      'ADMIN enables a pending invite',
      'ADMIN',
      { role: 'SUPPORT', status: 'INVITED' },
      { kind: 'enable' },
      1,
      'CONFLICT',
    ],
    [
      'SUPPORT changes anyone',
      'SUPPORT',
      { role: 'SUPPORT', status: 'ACTIVE' },
      { kind: 'role', role: 'FINANCE' },
      1,
      'FORBIDDEN',
    ],
    ['FINANCE disables anyone', 'FINANCE', { role: 'SUPPORT', status: 'ACTIVE' }, { kind: 'disable' }, 1, 'FORBIDDEN'],
    [
      'COMPLIANCE enables anyone',
      'COMPLIANCE',
      { role: 'SUPPORT', status: 'DISABLED' },
      { kind: 'enable' },
      1,
      'FORBIDDEN',
    ],
  ])('%s → %s', (_case, actorRole, target, change, activeOwners, expected) => {
    const decision = decideOperatorChange({
      actor: { operatorId: 'actor', role: actorRole },
      target: { id: target.self ? 'actor' : 'target', role: target.role, status: target.status },
      change,
      activeOwners,
    });
    expect(decision.allowed ? 'allowed' : decision.code).toBe(expected);
  });
});
