import { describe, expect, it } from 'vitest';
import { approvalProgress, withdrawalProblemMessage } from './withdrawal-status';

describe('withdrawal messages', () => {
  it.each([
    ['INSUFFICIENT_FUNDS', /^Insufficient funds/],
    ['LIMIT_REACHED', /^Daily limit reached/],
    ['ALREADY_APPROVED', /already approved/],
    ['NOT_PENDING', /no longer awaits approval/],
  ])('%s has a clear message', (code, expected) => {
    expect(withdrawalProblemMessage(code, 'raw')).toMatch(expected);
  });

  it('falls back to the API message, then to a generic one', () => {
    expect(withdrawalProblemMessage('SOMETHING_NEW', 'The API says why.')).toBe('The API says why.');
    expect(withdrawalProblemMessage(null, null)).toBe('The withdrawal could not be carried out.');
  });

  it('counts approvals', () => {
    expect(approvalProgress([], 2)).toBe('0 of 2 approvals');
    expect(approvalProgress(['op-1'], 2)).toBe('1 of 2 approvals');
    expect(approvalProgress(['op-1'], 1)).toBe('1 of 1 approval');
  });
});
