import type { OperatorRole } from '@casinox/auth';
import { type AccessDenial, checkOperatorAccess } from '../sessions/check-access.js';

export interface MembershipOption {
  operatorId: string;
  tenantId: string;
  role: OperatorRole;
  status: string;
  tenantStatus: string;
  createdAt: Date;
}

export type MembershipChoice =
  | { kind: 'tenant'; membership: MembershipOption }
  | { kind: 'platform' }
  | { kind: 'denied'; reason: 'NOT_STAFF' | 'FORBIDDEN' | AccessDenial };

/**
 * Which tenant an operator session acts in. An explicit choice must be a usable membership;
 * otherwise the oldest usable one; otherwise a platform administrator works outside any tenant.
 * Pending invitations are not memberships yet. NOT_STAFF: the user is nobody's staff.
 */
export function chooseMembership(
  memberships: MembershipOption[],
  requestedTenantId: string | null,
  platformAdmin: boolean,
): MembershipChoice {
  const joined = memberships
    .filter((m) => m.status !== 'INVITED')
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const denial = (m: MembershipOption) => checkOperatorAccess(m, { status: m.tenantStatus }, platformAdmin);
  if (requestedTenantId) {
    const membership = joined.find((m) => m.tenantId === requestedTenantId);
    if (!membership) return { kind: 'denied', reason: 'FORBIDDEN' };
    const reason = denial(membership);
    return reason ? { kind: 'denied', reason } : { kind: 'tenant', membership };
  }
  const usable = joined.find((m) => denial(m) === null);
  if (usable) return { kind: 'tenant', membership: usable };
  if (platformAdmin) return { kind: 'platform' };
  const first = joined[0];
  return { kind: 'denied', reason: first ? (denial(first) ?? 'ACCOUNT_DISABLED') : 'NOT_STAFF' };
}
