import { describe, expect, it } from 'vitest';
import { MAIN_CURRENCY_CHOICES, readWalletSettingsInput } from './read-wallet-settings-input.js';

const base = { mainCurrency: 'EUR', dailyWithdrawalLimit: 500_000n, approvalThreshold: 50_000n };

describe('readWalletSettingsInput', () => {
  it.each<[string, Partial<typeof base>]>([
    ['a fiat currency', {}],
    ['a crypto asset', { mainCurrency: 'BTC', dailyWithdrawalLimit: 10_000_000n, approvalThreshold: 1_000_000n }],
    ['a limit of 0 (no withdrawals)', { dailyWithdrawalLimit: 0n }],
    ['a threshold of 0 (every withdrawal approved twice)', { approvalThreshold: 0n }],
    [
      'a threshold above the limit (no approvals within the limit)',
      { dailyWithdrawalLimit: 100n, approvalThreshold: 1_000n },
    ],
    ['the 64-bit maximum', { dailyWithdrawalLimit: 2n ** 63n - 1n }],
  ])('accepts %s', (_label, change) => {
    const input = { ...base, ...change };
    expect(readWalletSettingsInput(input)).toEqual(input);
  });

  it.each<[string, Partial<typeof base>, string, string]>([
    ['game credits', { mainCurrency: 'CREDITS' }, 'mainCurrency', 'must be one of USD, EUR, GBP, USDC, BTC, ETH'],
    ['an unknown asset', { mainCurrency: 'XYZ' }, 'mainCurrency', 'must be one of USD, EUR, GBP, USDC, BTC, ETH'],
    ['a lower-case code', { mainCurrency: 'eur' }, 'mainCurrency', 'must be one of USD, EUR, GBP, USDC, BTC, ETH'],
    ['a negative limit', { dailyWithdrawalLimit: -1n }, 'dailyWithdrawalLimit', 'must be 0 or more'],
    ['a negative threshold', { approvalThreshold: -1n }, 'approvalThreshold', 'must be 0 or more'],
    [
      'a limit beyond 64 bits',
      { dailyWithdrawalLimit: 2n ** 63n },
      'dailyWithdrawalLimit',
      'is outside the 64-bit range',
    ],
  ])('refuses %s with BAD_USER_INPUT on its field', (_label, change, field, problem) => {
    expect(() => readWalletSettingsInput({ ...base, ...change })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        extensions: expect.objectContaining({ field, fields: [{ field, problems: [problem] }] }),
      }),
    );
  });

  it('offers every platform currency and never game credits', () => {
    expect(MAIN_CURRENCY_CHOICES.map((a) => a.code)).toEqual(['USD', 'EUR', 'GBP', 'USDC', 'BTC', 'ETH']);
  });
});
