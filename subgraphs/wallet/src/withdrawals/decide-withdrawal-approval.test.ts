import { describe, expect, it } from 'vitest';
import { type ApprovalDecision, decideWithdrawalApproval } from './decide-withdrawal-approval.js';
import type { WithdrawalStatus } from './withdrawal.entity.js';

describe('decideWithdrawalApproval', () => {
  it.each<[string, WithdrawalStatus, string[], string, ApprovalDecision]>([
    ['the first approval', 'PENDING_APPROVAL', [], 'a', 'APPROVED'],
    ['a second, different operator', 'PENDING_APPROVAL', ['a'], 'b', 'FULLY_APPROVED'],
    ['the same operator twice', 'PENDING_APPROVAL', ['a'], 'a', 'ALREADY_APPROVED'],
    ['a withdrawal already paying out', 'PROCESSING', ['a', 'b'], 'c', 'NOT_PENDING'],
    ['a cancelled withdrawal', 'CANCELLED', [], 'a', 'NOT_PENDING'],
    ['a rejected withdrawal', 'REJECTED', ['a'], 'b', 'NOT_PENDING'],
  ])('%s → %s', (_label, status, approvedBy, operatorId, expected) => {
    expect(decideWithdrawalApproval({ status, approvedBy, required: 2, operatorId })).toBe(expected);
  });
});
