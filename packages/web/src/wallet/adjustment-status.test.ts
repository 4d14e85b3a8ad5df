import { describe, expect, it } from 'vitest';
import { adjustmentProblemMessage, canApproveAdjustment } from './adjustment-status';

describe('adjustment messages', () => {
  it.each([
    ['INSUFFICIENT_FUNDS', /^Insufficient funds/],
    ['SAME_OPERATOR', /^Four eyes/],
    ['NOT_PENDING', /already approved or rejected/],
  ])('%s has a clear message', (code, expected) => {
    expect(adjustmentProblemMessage(code, 'raw')).toMatch(expected);
  });

  it('falls back to the API message, then to a generic one', () => {
    expect(adjustmentProblemMessage('SOMETHING_NEW', 'The API says why.')).toBe('The API says why.');
    expect(adjustmentProblemMessage(null, null)).toBe('The adjustment could not be carried out.');
  });
});

describe('canApproveAdjustment (four eyes in the console)', () => {
  it.each([
    ['another operator, pending', { status: 'PENDING', requestedBy: 'alice' }, 'bob', true],
    ['the requester', { status: 'PENDING', requestedBy: 'alice' }, 'alice', false],
    ['already approved', { status: 'APPROVED', requestedBy: 'alice' }, 'bob', false],
    ['rejected', { status: 'REJECTED', requestedBy: 'alice' }, 'bob', false],
    ['no operator (platform admin)', { status: 'PENDING', requestedBy: 'alice' }, null, false],
  ])('%s → %s', (_label, adjustment, operatorId, expected) => {
    expect(canApproveAdjustment(adjustment, operatorId)).toBe(expected);
  });
});
