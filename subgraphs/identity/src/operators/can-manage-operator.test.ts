import { OPERATOR_ROLES, type OperatorRole } from '@casinox/auth';
import { describe, expect, it } from 'vitest';
import { canManageOperator } from './can-manage-operator.js';

const managed: Record<OperatorRole, OperatorRole[]> = {
  OWNER: ['OWNER', 'ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT'],
  ADMIN: ['ADMIN', 'FINANCE', 'COMPLIANCE', 'SUPPORT'],
  FINANCE: [],
  COMPLIANCE: [],
  SUPPORT: [],
};

const cases = OPERATOR_ROLES.flatMap((actor) =>
  OPERATOR_ROLES.map((target) => [actor, target, managed[actor].includes(target)] as const),
);

describe('canManageOperator', () => {
  it.each(cases)('%s manages %s: %s', (actor, target, expected) => {
    expect(canManageOperator(actor, target)).toBe(expected);
  });
});
