import type { PaymentEventType } from '../payments/payment-event.js';
import type { DepositStatus } from './deposit.entity.js';

export type DepositAction = 'CREDIT' | 'MARK_FAILED' | 'IGNORE';

/**
 * What a provider event does to a deposit. Only a PENDING deposit moves, and only to a final
 * state, so duplicated and out-of-order deliveries (a late "processing" after "succeeded", a
 * second "succeeded") change nothing. Pure.
 */
export function decideDepositTransition(status: DepositStatus, event: PaymentEventType): DepositAction {
  if (status !== 'PENDING') return 'IGNORE';
  if (event === 'payment.succeeded') return 'CREDIT';
  if (event === 'payment.failed') return 'MARK_FAILED';
  return 'IGNORE';
}
