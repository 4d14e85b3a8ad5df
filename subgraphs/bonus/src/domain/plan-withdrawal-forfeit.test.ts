import { describe, expect, it } from 'vitest';
import type { GrantState } from './grant-state.js';
import { planWithdrawalForfeit, type WithdrawalBonus, type WithdrawalForfeitPlan } from './plan-withdrawal-forfeit.js';

const bonus = (state: GrantState): WithdrawalBonus => ({ id: 'grant-1', state, bonusBalance: 2_500n });

describe('planWithdrawalForfeit', () => {
  it.each<[string, WithdrawalBonus | null, boolean, WithdrawalForfeitPlan]>([
    ['no bonus', null, false, { action: 'PROCEED' }],
    ['no bonus, confirmed anyway', null, true, { action: 'PROCEED' }],
    [
      'active, not confirmed: ask first',
      bonus('ACTIVE'),
      false,
      {
        action: 'CONFIRMATION_REQUIRED',
        code: 'BONUS_FORFEIT_CONFIRMATION_REQUIRED',
        grantId: 'grant-1',
        forfeitAmount: 2_500n,
      },
    ],
    [
      'active, confirmed: forfeit then withdraw',
      bonus('ACTIVE'),
      true,
      { action: 'FORFEIT_THEN_PROCEED', grantId: 'grant-1', forfeitAmount: 2_500n, event: 'CANCEL' },
    ],
    ['queued GRANTED is untouched', bonus('GRANTED'), false, { action: 'PROCEED' }],
    ['PENDING is untouched', bonus('PENDING'), false, { action: 'PROCEED' }],
    ['ELIGIBLE has been earned', bonus('ELIGIBLE'), false, { action: 'PROCEED' }],
    ['COMPLETED', bonus('COMPLETED'), false, { action: 'PROCEED' }],
    ['EXPIRED', bonus('EXPIRED'), false, { action: 'PROCEED' }],
    ['CANCELLED', bonus('CANCELLED'), true, { action: 'PROCEED' }],
  ])('%s', (_case, subject, confirmed, expected) => {
    expect(planWithdrawalForfeit({ bonus: subject, confirmed })).toEqual(expected);
  });
});
