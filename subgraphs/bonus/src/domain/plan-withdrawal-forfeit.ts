import type { GrantState } from './grant-state.js';

/**
 * A withdrawal while a bonus is ACTIVE forfeits that bonus, but only after the player agrees.
 *
 * - No bonus, or one that is not ACTIVE: PROCEED. A queued GRANTED bonus holds no money yet and an
 *   ELIGIBLE one has been earned (its conversion is due), so neither is touched.
 * - ACTIVE and not confirmed: CONFIRMATION_REQUIRED with the amount the player would lose; nothing
 *   moves, and the UI asks.
 * - ACTIVE and confirmed: FORFEIT_THEN_PROCEED: the caller first cancels the grant (CANCEL, whose
 *   money plan is `planConversion({ ending: 'CANCELLED' })`) and only then places the withdrawal,
 *   so bonus money can never leave with the cash.
 */

export interface WithdrawalBonus {
  id: string;
  state: GrantState;
  bonusBalance: bigint;
}

export type WithdrawalForfeitPlan =
  | { action: 'PROCEED' }
  | {
      action: 'CONFIRMATION_REQUIRED';
      code: 'BONUS_FORFEIT_CONFIRMATION_REQUIRED';
      grantId: string;
      forfeitAmount: bigint;
    }
  | { action: 'FORFEIT_THEN_PROCEED'; grantId: string; forfeitAmount: bigint; event: 'CANCEL' };

export function planWithdrawalForfeit(input: {
  bonus: WithdrawalBonus | null;
  confirmed: boolean;
}): WithdrawalForfeitPlan {
  const { bonus, confirmed } = input;
  if (!bonus || bonus.state !== 'ACTIVE') return { action: 'PROCEED' };
  if (!confirmed) {
    return {
      action: 'CONFIRMATION_REQUIRED',
      code: 'BONUS_FORFEIT_CONFIRMATION_REQUIRED',
      grantId: bonus.id,
      forfeitAmount: bonus.bonusBalance,
    };
  }
  return { action: 'FORFEIT_THEN_PROCEED', grantId: bonus.id, forfeitAmount: bonus.bonusBalance, event: 'CANCEL' };
}
