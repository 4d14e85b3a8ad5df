/** Labels and messages for manual adjustments in the admin console. */

export type AdjustmentStatusName = 'PENDING' | 'APPROVED' | 'REJECTED';
export type AdjustmentProblemCode = 'INSUFFICIENT_FUNDS' | 'SAME_OPERATOR' | 'NOT_PENDING';

export const ADJUSTMENT_STATUS_LABELS: Record<AdjustmentStatusName, string> = {
  PENDING: 'Awaiting approval',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};

const PROBLEM_MESSAGES: Record<AdjustmentProblemCode, string> = {
  INSUFFICIENT_FUNDS:
    'Insufficient funds: the player’s available balance does not cover this debit. It stays awaiting approval.',
  SAME_OPERATOR: 'Four eyes: you requested this adjustment, so a different finance operator must approve it.',
  NOT_PENDING: 'This adjustment was already approved or rejected.',
};

/** A clear sentence for a refused adjustment action (the API's own message for codes this build does not know). */
export function adjustmentProblemMessage(code: string | null | undefined, apiMessage?: string | null): string {
  if (code && code in PROBLEM_MESSAGES) return PROBLEM_MESSAGES[code as AdjustmentProblemCode];
  return apiMessage || 'The adjustment could not be carried out.';
}

/**
 * Whether `operatorId` may be offered Approve on an adjustment: only while it awaits approval,
 * and never to the operator who requested it (four eyes — the API refuses it too).
 */
export function canApproveAdjustment(
  adjustment: { status: string; requestedBy: string },
  operatorId: string | null | undefined,
): boolean {
  return adjustment.status === 'PENDING' && !!operatorId && adjustment.requestedBy !== operatorId;
}
