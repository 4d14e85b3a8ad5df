import type { WalletSettingsView } from '../settings/wallet-settings.js';

export type WithdrawalRequestDecision =
  | { outcome: 'INSUFFICIENT_FUNDS' }
  | { outcome: 'LIMIT_REACHED'; remaining: bigint }
  | { outcome: 'ACCEPTED'; approvalsRequired: 0 | 2 };

/**
 * Whether a player may withdraw `amount` of `asset` now. The daily limit and the approval
 * threshold are amounts of the tenant's main currency; the wallet holds no exchange rates, so a
 * withdrawal in any other asset cannot be measured against them and always takes the careful
 * path: two approvals. A daily limit of 0 is the tenant switching withdrawals off: every request is
 * refused, in every asset. Pure.
 */
export function decideWithdrawalRequest(input: {
  asset: string;
  amount: bigint;
  available: bigint;
  /** What the player withdrew (or has pending) today in the main currency. */
  withdrawnToday: bigint;
  settings: WalletSettingsView;
}): WithdrawalRequestDecision {
  const { amount, settings } = input;
  if (amount > input.available) return { outcome: 'INSUFFICIENT_FUNDS' };
  if (settings.dailyWithdrawalLimit === 0n) return { outcome: 'LIMIT_REACHED', remaining: 0n };
  if (input.asset !== settings.mainCurrency) return { outcome: 'ACCEPTED', approvalsRequired: 2 };
  const remaining = settings.dailyWithdrawalLimit - input.withdrawnToday;
  if (amount > remaining) return { outcome: 'LIMIT_REACHED', remaining: remaining > 0n ? remaining : 0n };
  return { outcome: 'ACCEPTED', approvalsRequired: amount > settings.approvalThreshold ? 2 : 0 };
}
