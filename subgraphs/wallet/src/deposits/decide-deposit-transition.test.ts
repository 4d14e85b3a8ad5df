import { describe, expect, it } from 'vitest';
import type { PaymentEventType } from '../payments/payment-event.js';
import { type DepositAction, decideDepositTransition } from './decide-deposit-transition.js';
import type { DepositStatus } from './deposit.entity.js';

describe('decideDepositTransition', () => {
  it.each<[DepositStatus, PaymentEventType, DepositAction]>([
    ['PENDING', 'payment.succeeded', 'CREDIT'],
    ['PENDING', 'payment.failed', 'MARK_FAILED'],
    ['PENDING', 'payment.processing', 'IGNORE'],
    ['SUCCEEDED', 'payment.succeeded', 'IGNORE'],
    ['SUCCEEDED', 'payment.processing', 'IGNORE'],
    ['SUCCEEDED', 'payment.failed', 'IGNORE'],
    ['FAILED', 'payment.succeeded', 'IGNORE'],
    ['PENDING', 'payout.succeeded', 'IGNORE'],
  ])('%s + %s → %s', (status, event, action) => {
    expect(decideDepositTransition(status, event)).toBe(action);
  });
});
