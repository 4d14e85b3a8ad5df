/** Labels and messages for withdrawals, shared by the player's wallet and the admin queue. */

export type WithdrawalStatusName = 'PENDING_APPROVAL' | 'PROCESSING' | 'PAID' | 'FAILED' | 'REJECTED' | 'CANCELLED';
export type WithdrawalProblemCode = 'ALREADY_APPROVED' | 'INSUFFICIENT_FUNDS' | 'LIMIT_REACHED' | 'NOT_PENDING';

export const WITHDRAWAL_STATUS_LABELS: Record<WithdrawalStatusName, string> = {
  PENDING_APPROVAL: 'Pending approval',
  PROCESSING: 'Processing',
  PAID: 'Paid',
  FAILED: 'Failed',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
};

const PROBLEM_MESSAGES: Record<WithdrawalProblemCode, string> = {
  INSUFFICIENT_FUNDS: 'Insufficient funds: your available balance does not cover this amount.',
  LIMIT_REACHED: 'Daily limit reached: this withdrawal would exceed your daily withdrawal limit.',
  ALREADY_APPROVED:
    'You already approved this withdrawal. Four eyes: a different finance operator must give the second approval.',
  NOT_PENDING: 'This withdrawal no longer awaits approval (it was already processed, paid, rejected or cancelled).',
};

/** A clear sentence for a refused withdrawal action (the API's own message for codes this build does not know). */
export function withdrawalProblemMessage(code: string | null | undefined, apiMessage?: string | null): string {
  if (code && code in PROBLEM_MESSAGES) return PROBLEM_MESSAGES[code as WithdrawalProblemCode];
  return apiMessage || 'The withdrawal could not be carried out.';
}

/** "1 of 2 approvals" — how far a withdrawal above the threshold is. */
export function approvalProgress(approvedBy: readonly string[], approvalsRequired: number): string {
  return `${approvedBy.length} of ${approvalsRequired} approval${approvalsRequired === 1 ? '' : 's'}`;
}
