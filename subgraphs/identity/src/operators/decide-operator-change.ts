import type { OperatorRole } from '@casinox/auth';
import { canManageOperator } from './can-manage-operator.js';
import type { OperatorStatus } from './operator.entity.js';

export type OperatorChange = { kind: 'role'; role: OperatorRole } | { kind: 'disable' } | { kind: 'enable' };

export interface OperatorChangeRequest {
  actor: { operatorId: string; role: OperatorRole };
  target: { id: string; role: OperatorRole; status: OperatorStatus };
  change: OperatorChange;
  /** ACTIVE OWNERs of the tenant right now (read under lock by the caller). */
  activeOwners: number;
}

export type OperatorChangeDecision =
  { allowed: true } | { allowed: false; code: 'FORBIDDEN' | 'LAST_OWNER' | 'CONFLICT'; message: string };

/**
 * Whether a staff change may happen. Beyond who-manages-whom: nobody demotes or disables the last
 * ACTIVE OWNER (a tenant nobody can administer is unrecoverable without the platform), nobody
 * disables themselves (one click from locking yourself out), and an invite must be accepted, not
 * enabled.
 */
export function decideOperatorChange(request: OperatorChangeRequest): OperatorChangeDecision {
  const { actor, target, change } = request;
  if (!canManageOperator(actor.role, target.role)) {
    return { allowed: false, code: 'FORBIDDEN', message: `A ${actor.role} cannot manage a ${target.role}.` };
  }
  if (change.kind === 'role' && !canManageOperator(actor.role, change.role)) {
    return { allowed: false, code: 'FORBIDDEN', message: `A ${actor.role} cannot make someone ${change.role}.` };
  }
  if (change.kind === 'disable' && target.id === actor.operatorId) {
    return { allowed: false, code: 'FORBIDDEN', message: 'You cannot disable yourself.' };
  }
  if (change.kind === 'enable' && target.status === 'INVITED') {
    return { allowed: false, code: 'CONFLICT', message: 'This invitation has not been accepted yet.' };
  }
  const losesOwnership = (change.kind === 'role' && change.role !== 'OWNER') || change.kind === 'disable';
  if (target.role === 'OWNER' && target.status === 'ACTIVE' && losesOwnership && request.activeOwners <= 1) {
    return {
      allowed: false,
      code: 'LAST_OWNER',
      message: 'The last active OWNER cannot be demoted or disabled; make someone else OWNER first.',
    };
  }
  return { allowed: true };
}
