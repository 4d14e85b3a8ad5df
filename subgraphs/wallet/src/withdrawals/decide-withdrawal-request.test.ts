import { describe, expect, it } from 'vitest';
import { DEFAULT_WALLET_SETTINGS } from '../settings/wallet-settings.js';
import { decideWithdrawalRequest, type WithdrawalRequestDecision } from './decide-withdrawal-request.js';

const base = { asset: 'USD', available: 5_000_000n, withdrawnToday: 0n, settings: DEFAULT_WALLET_SETTINGS };

describe('decideWithdrawalRequest (defaults: 10,000.00 a day, approvals above 1,000.00)', () => {
  it.each<[string, Partial<typeof base> & { amount: bigint }, WithdrawalRequestDecision]>([
    ['small, no approval', { amount: 50_00n }, { outcome: 'ACCEPTED', approvalsRequired: 0 }],
    ['exactly the threshold', { amount: 1_000_00n }, { outcome: 'ACCEPTED', approvalsRequired: 0 }],
    ['a cent above the threshold', { amount: 1_000_01n }, { outcome: 'ACCEPTED', approvalsRequired: 2 }],
    ['more than available', { amount: 100n, available: 99n }, { outcome: 'INSUFFICIENT_FUNDS' }],
    ['exactly the daily limit', { amount: 10_000_00n }, { outcome: 'ACCEPTED', approvalsRequired: 2 }],
    [
      'over the limit with earlier withdrawals',
      { amount: 2_000_00n, withdrawnToday: 9_000_00n },
      { outcome: 'LIMIT_REACHED', remaining: 1_000_00n },
    ],
    [
      'anything once the limit is used',
      { amount: 1n, withdrawnToday: 10_000_00n },
      { outcome: 'LIMIT_REACHED', remaining: 0n },
    ],
    [
      'another asset: always approved twice',
      { amount: 1n, asset: 'BTC' },
      { outcome: 'ACCEPTED', approvalsRequired: 2 },
    ],
    [
      'a limit of 0: withdrawals are off',
      { amount: 1n, settings: { ...DEFAULT_WALLET_SETTINGS, dailyWithdrawalLimit: 0n } },
      { outcome: 'LIMIT_REACHED', remaining: 0n },
    ],
    [
      'a limit of 0 stops other assets too',
      { amount: 1n, asset: 'BTC', settings: { ...DEFAULT_WALLET_SETTINGS, dailyWithdrawalLimit: 0n } },
      { outcome: 'LIMIT_REACHED', remaining: 0n },
    ],
    [
      'a threshold of 0: every withdrawal approved twice',
      { amount: 1n, settings: { ...DEFAULT_WALLET_SETTINGS, approvalThreshold: 0n } },
      { outcome: 'ACCEPTED', approvalsRequired: 2 },
    ],
    [
      'a tenant limit',
      { amount: 600n, settings: { mainCurrency: 'USD', dailyWithdrawalLimit: 500n, approvalThreshold: 100n } },
      { outcome: 'LIMIT_REACHED', remaining: 500n },
    ],
  ])('%s', (_label, input, expected) => {
    expect(decideWithdrawalRequest({ ...base, ...input })).toEqual(expected);
  });
});
