import type { WithdrawalStatus } from './withdrawal.entity.js';

export type ApprovalDecision = 'NOT_PENDING' | 'ALREADY_APPROVED' | 'APPROVED' | 'FULLY_APPROVED';

/**
 * Four eyes: a withdrawal awaiting approval needs `required` approvals from DIFFERENT operators
 * (the caller has already proven the FINANCE role). The same operator approving again counts
 * nothing. Pure.
 */
export function decideWithdrawalApproval(input: {
  status: WithdrawalStatus;
  approvedBy: readonly string[];
  required: number;
  operatorId: string;
}): ApprovalDecision {
  if (input.status !== 'PENDING_APPROVAL') return 'NOT_PENDING';
  if (input.approvedBy.includes(input.operatorId)) return 'ALREADY_APPROVED';
  return new Set([...input.approvedBy, input.operatorId]).size >= input.required ? 'FULLY_APPROVED' : 'APPROVED';
}
