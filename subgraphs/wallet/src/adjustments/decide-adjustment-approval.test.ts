import { describe, expect, it } from 'vitest';
import type { AdjustmentStatus } from './adjustment.entity.js';
import { type AdjustmentApprovalDecision, decideAdjustmentApproval } from './decide-adjustment-approval.js';

describe('decideAdjustmentApproval', () => {
  it.each<[string, AdjustmentStatus, string, string, AdjustmentApprovalDecision]>([
    ['a different operator', 'PENDING', 'a', 'b', 'POST'],
    ['the requester', 'PENDING', 'a', 'a', 'SAME_OPERATOR'],
    ['an approved adjustment', 'APPROVED', 'a', 'b', 'NOT_PENDING'],
    ['a rejected adjustment', 'REJECTED', 'a', 'b', 'NOT_PENDING'],
    ['the requester after it was decided', 'APPROVED', 'a', 'a', 'NOT_PENDING'],
  ])('%s → %s', (_label, status, requestedBy, operatorId, expected) => {
    expect(decideAdjustmentApproval({ status, requestedBy, operatorId })).toBe(expected);
  });
});
