import type { AdjustmentStatus } from './adjustment.entity.js';

export type AdjustmentApprovalDecision = 'NOT_PENDING' | 'SAME_OPERATOR' | 'POST';

/**
 * Four eyes: a pending adjustment is posted by the first FINANCE operator who did NOT request it
 * (the caller has already proven the role). The requester can never approve their own. Pure.
 */
export function decideAdjustmentApproval(input: {
  status: AdjustmentStatus;
  requestedBy: string;
  operatorId: string;
}): AdjustmentApprovalDecision {
  if (input.status !== 'PENDING') return 'NOT_PENDING';
  if (input.requestedBy === input.operatorId) return 'SAME_OPERATOR';
  return 'POST';
}
